/// Echo a value.
#[monty::function]
fn echo<T: serde::Serialize>(value: T) -> T {
    value
}

fn main() {}
