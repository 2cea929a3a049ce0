//! `#[derive(PyStub)]`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, LitStr};

pub(crate) fn expand(item: TokenStream) -> syn::Result<TokenStream> {
    let input: DeriveInput = syn::parse2(item)?;
    let mut explicit: Option<LitStr> = None;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("py_stub")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("type") {
                explicit = Some(meta.value()?.parse()?);
                Ok(())
            } else {
                Err(meta.error("expected `type = \"...\"`"))
            }
        })?;
    }
    let name = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let body = match explicit {
        Some(text) => quote! { ::std::string::String::from(#text) },
        None => quote! { ::monty::__private::py_type_of::<Self>() },
    };
    Ok(quote! {
        impl #impl_generics ::monty::__private::PyStub for #name #ty_generics #where_clause {
            fn py_type() -> ::std::string::String {
                #body
            }
        }
    })
}
