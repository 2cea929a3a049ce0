/// A borrowed parameter type: the call's future must own its arguments.
#[monty::function]
async fn shout<'a>(text: std::borrow::Cow<'a, str>) -> String {
    text.to_uppercase()
}

fn main() {}
