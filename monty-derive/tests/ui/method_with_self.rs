struct Tools;

impl Tools {
    /// Look up a city.
    #[monty::function]
    fn lookup(&self, city: String) -> String {
        city
    }
}

fn main() {}
