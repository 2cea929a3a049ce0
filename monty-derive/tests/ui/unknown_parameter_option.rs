/// Search the docs.
#[monty::function]
fn search(query: String, #[monty(defualt = 3)] limit: u32) -> String {
    format!("{query} {limit}")
}

fn main() {}
