/// Add a pair.
#[monty::function]
fn add((a, b): (i64, i64)) -> i64 {
    a + b
}

fn main() {}
