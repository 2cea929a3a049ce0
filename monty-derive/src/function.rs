//! `#[monty::function]`: parse the attribute and the function into a model,
//! check it, render the generated items.

mod model;
mod parse;
mod render;

use proc_macro2::TokenStream;

pub(crate) fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let options = parse::options(attr)?;
    let mut func: syn::ItemFn = syn::parse2(item)?;
    let model = parse::model(options, &mut func)?;
    Ok(render::render(&model, &func))
}
