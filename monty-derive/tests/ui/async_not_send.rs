use std::rc::Rc;

async fn tick() {}

/// Holds an `Rc` across an await: the future cannot move between threads.
#[monty::function]
async fn shared(name: String) -> String {
    let held = Rc::new(name);
    tick().await;
    held.to_string()
}

fn main() {}
