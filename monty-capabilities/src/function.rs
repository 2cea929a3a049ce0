//! [`HostFunction`]: one function the sandboxed program may call.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use monty_core::{HostError, MontyObject};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, SchemaGenerator};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use crate::stub::PyStub;

/// The Rust side of a call: receives the bound arguments, returns the result
/// or the exception to raise.
type CallFn = dyn Fn(BoundArgs<'_>) -> Result<MontyObject, HostError> + Send + Sync;

/// The Rust side of an async call: converts the bound arguments at once (a
/// conversion error is raised at the call site, as CPython raises a binding
/// `TypeError` when the coroutine is made), then returns the work to await.
type AsyncCallFn = dyn Fn(BoundArgs<'_>) -> Result<HostFuture, HostError> + Send + Sync;

/// The running part of an async host function's call: owns its arguments, so
/// it can be polled on any thread, by any executor, after the call returned.
pub type HostFuture = Pin<Box<dyn Future<Output = Result<MontyObject, HostError>> + Send + 'static>>;

/// The code behind a host function.
#[derive(Clone)]
enum Body {
    Sync(Arc<CallFn>),
    Async(Arc<AsyncCallFn>),
}

/// One parameter of a host function.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// The Python name (also the keyword and the JSON property name).
    pub name: String,
    /// The Python annotation, e.g. `list[str]`.
    pub py_type: String,
    /// The default as Python source (`None`, `...`), when the parameter is optional.
    pub default: Option<String>,
    /// What the parameter means (empty when undocumented).
    pub doc: String,
    /// The JSON schema of the parameter's values (may refer to the function's `$defs`).
    pub schema: Value,
}

/// A function the sandboxed program may call, once granted: its Python
/// signature, docs, JSON schemas, and the Rust code that answers it.
///
/// Made by `#[monty::function]` or by [`HostFunction::builder`]; cheap to clone.
#[derive(Clone)]
pub struct HostFunction {
    name: String,
    group: Option<String>,
    doc: String,
    params: Vec<Param>,
    returns: String,
    params_schema: Value,
    result_schema: Value,
    body: Body,
}

impl fmt::Debug for HostFunction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostFunction")
            .field("name", &self.name)
            .field("group", &self.group)
            .field("signature", &self.signature())
            .field("is_async", &self.is_async())
            .finish_non_exhaustive()
    }
}

impl HostFunction {
    /// Start describing a function the program will call as `name`.
    #[must_use]
    pub fn builder(name: impl Into<String>) -> HostFunctionBuilder {
        HostFunctionBuilder {
            name: name.into(),
            group: None,
            doc: String::new(),
            params: Vec::new(),
            returns: "None".to_owned(),
            result_schema: json!({"type": "null"}),
            generator: SchemaSettings::draft2020_12().for_deserialize().into_generator(),
            extra_defs: Map::new(),
        }
    }

    /// The Python name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The group it belongs to (granted together with `grant_group`), if any.
    #[must_use]
    pub fn group(&self) -> Option<&str> {
        self.group.as_deref()
    }

    /// The docstring.
    #[must_use]
    pub fn doc(&self) -> &str {
        &self.doc
    }

    /// The parameters, in order.
    #[must_use]
    pub fn params(&self) -> &[Param] {
        &self.params
    }

    /// The Python annotation of the result.
    #[must_use]
    pub fn returns(&self) -> &str {
        &self.returns
    }

    /// The JSON schema of the arguments, as one object keyed by parameter name.
    #[must_use]
    pub fn params_schema(&self) -> &Value {
        &self.params_schema
    }

    /// The JSON schema of the result.
    #[must_use]
    pub fn result_schema(&self) -> &Value {
        &self.result_schema
    }

    /// The Python signature: `get_weather(city: str, units: str | None = None) -> dict`.
    #[must_use]
    pub fn signature(&self) -> String {
        let params: Vec<String> = self
            .params
            .iter()
            .map(|p| match &p.default {
                Some(default) => format!("{}: {} = {default}", p.name, p.py_type),
                None => format!("{}: {}", p.name, p.py_type),
            })
            .collect();
        format!("{}({}) -> {}", self.name, params.join(", "), self.returns)
    }

    /// Whether it is an `async def` for the program: a call returns an
    /// awaitable, answered with [`PendingCall::resume_future`](monty_core::PendingCall::resume_future)
    /// and resolved when its [`HostFuture`] completes (see [`HostFunction::call_async`]).
    #[must_use]
    pub fn is_async(&self) -> bool {
        matches!(self.body, Body::Async(_))
    }

    /// Call it with a program's arguments: bind them to the parameters (with
    /// CPython's `TypeError`s for missing, surplus or unknown arguments), then run it.
    /// An async function is run to completion on the current thread (with a
    /// minimal `block_on`); a run that should overlap several calls uses
    /// [`HostFunction::call_async`] instead.
    ///
    /// # Errors
    /// The exception the program sees: a binding or conversion error, or the
    /// function's own error.
    pub fn call(&self, args: Vec<MontyObject>, kwargs: Vec<(String, MontyObject)>) -> Result<MontyObject, HostError> {
        let bound = self.bind(args, kwargs)?;
        match &self.body {
            Body::Sync(call) => call(bound),
            Body::Async(start) => pollster::block_on(start(bound)?),
        }
    }

    /// Start a call: bind and convert the arguments now, and return the work
    /// that answers it, to be polled later (it owns everything it needs). A
    /// sync function runs here and returns a future that is already complete.
    ///
    /// # Errors
    /// A binding or conversion error: the exception the program sees at the call.
    pub fn call_async(
        &self,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<HostFuture, HostError> {
        let bound = self.bind(args, kwargs)?;
        match &self.body {
            Body::Sync(call) => {
                let result = call(bound);
                Ok(Box::pin(std::future::ready(result)))
            }
            Body::Async(start) => start(bound),
        }
    }

    fn bind(&self, args: Vec<MontyObject>, kwargs: Vec<(String, MontyObject)>) -> Result<BoundArgs<'_>, HostError> {
        let slots = crate::bind::bind(&self.name, &self.params, args, kwargs)?;
        Ok(BoundArgs {
            function: &self.name,
            params: &self.params,
            slots,
        })
    }
}

/// Describes a [`HostFunction`] step by step; [`build`](Self::build) gives it its code.
#[derive(Debug)]
pub struct HostFunctionBuilder {
    name: String,
    group: Option<String>,
    doc: String,
    params: Vec<Param>,
    returns: String,
    result_schema: Value,
    generator: SchemaGenerator,
    extra_defs: Map<String, Value>,
}

impl HostFunctionBuilder {
    /// Put the function in a group, so `grant_group` grants it with its siblings.
    #[must_use]
    pub fn group(mut self, group: impl Into<String>) -> Self {
        self.group = Some(group.into());
        self
    }

    /// The docstring (also the description in the tool list).
    #[must_use]
    pub fn doc(mut self, doc: impl Into<String>) -> Self {
        self.doc = doc.into();
        self
    }

    /// Add a parameter whose values are `T`. It is optional, with default `None`,
    /// when `T` is an `Option` and every later parameter is optional too.
    #[must_use]
    pub fn param<T: JsonSchema + PyStub + ?Sized>(self, name: impl Into<String>, doc: impl Into<String>) -> Self {
        let default = T::PY_DEFAULT.map(str::to_owned);
        self.typed_param::<T>(name.into(), doc.into(), default)
    }

    /// Add an optional parameter whose values are `T`; `default` is the default as
    /// the stub shows it (Python source such as `'metric'`, or `...`).
    #[must_use]
    pub fn param_with_default<T: JsonSchema + PyStub + ?Sized>(
        self,
        name: impl Into<String>,
        doc: impl Into<String>,
        default: impl Into<String>,
    ) -> Self {
        self.typed_param::<T>(name.into(), doc.into(), Some(default.into()))
    }

    fn typed_param<T: JsonSchema + PyStub + ?Sized>(
        mut self,
        name: String,
        doc: String,
        default: Option<String>,
    ) -> Self {
        let schema = self.generator.subschema_for::<T>().to_value();
        self.params.push(Param {
            name,
            py_type: T::py_type(),
            default,
            doc,
            schema,
        });
        self
    }

    /// Add a parameter described directly (for functions defined outside Rust,
    /// with a schema and annotation of their own).
    #[must_use]
    pub fn param_spec(mut self, param: Param) -> Self {
        self.params.push(param);
        self
    }

    /// Add definitions that the schemas of [`param_spec`](Self::param_spec)
    /// parameters refer to (`{"$ref": "#/$defs/Name"}`): they go into the
    /// parameters schema's `$defs`, beside those of typed parameters.
    #[must_use]
    pub fn definitions(mut self, defs: Map<String, Value>) -> Self {
        self.extra_defs.extend(defs);
        self
    }

    /// Declare the result type: its annotation and JSON schema.
    #[must_use]
    pub fn returns<T: JsonSchema + PyStub + ?Sized>(mut self) -> Self {
        let generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
        self.returns = T::py_type();
        self.result_schema = generator.into_root_schema_for::<T>().to_value();
        self
    }

    /// Declare the result by annotation and schema directly.
    #[must_use]
    pub fn returns_spec(mut self, py_type: impl Into<String>, schema: Value) -> Self {
        self.returns = py_type.into();
        self.result_schema = schema;
        self
    }

    /// Finish with the code that answers calls. It receives the arguments
    /// already bound to the parameters, in parameter order.
    #[must_use]
    pub fn build<F>(self, call: F) -> HostFunction
    where
        F: Fn(BoundArgs<'_>) -> Result<MontyObject, HostError> + Send + Sync + 'static,
    {
        self.finish(Body::Sync(Arc::new(call)))
    }

    /// Finish with async code: the program sees an `async def`, and a call
    /// gives it an awaitable. `start` receives the bound arguments, converts
    /// them synchronously (its error is raised at the call site), and returns
    /// the `'static + Send` future that computes the result:
    ///
    /// ```
    /// # use monty_capabilities::HostFunction;
    /// # use monty_core::MontyObject;
    /// let fetch = HostFunction::builder("fetch")
    ///     .param::<String>("url", "")
    ///     .returns::<usize>()
    ///     .build_async(|mut args| {
    ///         let url: String = args.take(0)?;
    ///         Ok(Box::pin(async move { Ok(MontyObject::Int(i64::try_from(url.len()).unwrap_or(0))) }))
    ///     });
    /// assert!(fetch.is_async());
    /// ```
    #[must_use]
    pub fn build_async<F>(self, start: F) -> HostFunction
    where
        F: Fn(BoundArgs<'_>) -> Result<HostFuture, HostError> + Send + Sync + 'static,
    {
        self.finish(Body::Async(Arc::new(start)))
    }

    fn finish(mut self, body: Body) -> HostFunction {
        // Only trailing parameters can have defaults in Python: an optional
        // parameter followed by a required one becomes required.
        let mut trailing_optional = true;
        for param in self.params.iter_mut().rev() {
            trailing_optional &= param.default.is_some();
            if !trailing_optional {
                param.default = None;
            }
        }
        let mut properties = Map::new();
        let mut required = Vec::new();
        for param in &self.params {
            let mut schema = param.schema.clone();
            if !param.doc.is_empty()
                && let Some(obj) = schema.as_object_mut()
            {
                obj.insert("description".to_owned(), Value::String(param.doc.clone()));
            }
            properties.insert(param.name.clone(), schema);
            if param.default.is_none() {
                required.push(Value::String(param.name.clone()));
            }
        }
        let mut params_schema = json!({
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false,
        });
        let mut defs = self.generator.take_definitions(true);
        defs.extend(self.extra_defs);
        if !defs.is_empty()
            && let Some(obj) = params_schema.as_object_mut()
        {
            obj.insert("$defs".to_owned(), Value::Object(defs));
        }
        HostFunction {
            name: self.name,
            group: self.group,
            doc: self.doc,
            params: self.params,
            returns: self.returns,
            params_schema,
            result_schema: self.result_schema,
            body,
        }
    }
}

/// The arguments of one call, bound to the parameters.
#[derive(Debug)]
pub struct BoundArgs<'a> {
    function: &'a str,
    params: &'a [Param],
    slots: Vec<Option<MontyObject>>,
}

impl BoundArgs<'_> {
    /// Take parameter `index` as a `T`. A parameter the caller left out reads
    /// as `None` (so an `Option` parameter becomes `None`).
    ///
    /// # Errors
    /// A `TypeError`/`ValueError` naming the function and the parameter when
    /// the value does not convert (`get_weather() argument 'city' must be str, not int`).
    pub fn take<T: DeserializeOwned>(&mut self, index: usize) -> Result<T, HostError> {
        let value = self
            .slots
            .get_mut(index)
            .and_then(Option::take)
            .unwrap_or(MontyObject::None);
        self.convert(index, &value)
    }

    /// Take parameter `index` as a `T`, or `default()` when the caller left it out.
    ///
    /// # Errors
    /// As [`take`](Self::take).
    pub fn take_or<T: DeserializeOwned>(&mut self, index: usize, default: impl FnOnce() -> T) -> Result<T, HostError> {
        match self.slots.get_mut(index).and_then(Option::take) {
            Some(value) => self.convert(index, &value),
            None => Ok(default()),
        }
    }

    /// The raw value of parameter `index`, `None` when the caller left it out.
    pub fn take_raw(&mut self, index: usize) -> Option<MontyObject> {
        self.slots.get_mut(index).and_then(Option::take)
    }

    fn convert<T: DeserializeOwned>(&self, index: usize, value: &MontyObject) -> Result<T, HostError> {
        let (name, py_type) = self
            .params
            .get(index)
            .map_or(("?", "object"), |p| (p.name.as_str(), p.py_type.as_str()));
        crate::convert::argument(self.function, name, py_type, value)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn definitions_join_the_parameters_defs() {
        let point = json!({"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]});
        let mut defs = Map::new();
        defs.insert("Point".to_owned(), point.clone());
        let f = HostFunction::builder("f")
            .param::<Vec<String>>("names", "")
            .param_spec(Param {
                name: "p".to_owned(),
                py_type: "dict".to_owned(),
                default: None,
                doc: String::new(),
                schema: json!({"$ref": "#/$defs/Point"}),
            })
            .definitions(defs)
            .build(|_| Ok(MontyObject::None));
        assert_eq!(f.params_schema()["$defs"]["Point"], point);
        assert_eq!(f.params_schema()["properties"]["p"], json!({"$ref": "#/$defs/Point"}));
        assert_eq!(f.signature(), "f(names: list[str], p: dict) -> None");
    }
}
