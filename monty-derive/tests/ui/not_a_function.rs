#[monty::function]
struct Weather {
    city: String,
}

fn main() {}
