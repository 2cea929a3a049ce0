//! SECURITY: validation of a heap loaded from a snapshot. Every value that
//! names another object must name a live one, and code indices must exist.
//! (Ids that slip through still cannot crash the VM: a dangling id reads as an
//! empty tuple; this check makes tampering an error instead of odd behaviour.)

use crate::object::heap::{Heap, IterKind, Obj};
use crate::object::value::{HeapId, Value};

impl Heap {
    /// Check every reference held by every object.
    ///
    /// # Errors
    /// A description of the first dangling reference.
    pub(crate) fn check_references(&self, ncodes: usize, nexternal: usize) -> Result<(), String> {
        let value_ok = |v: Value| match v {
            Value::Ref(id) => self.is_live(id),
            Value::External(i) => (i as usize) < nexternal,
            _ => true,
        };
        let id_ok = |id: HeapId| self.is_live(id);
        for (id, obj) in self.objects() {
            let ok = match obj {
                Obj::List(v) | Obj::Tuple(v) => v.iter().all(|&x| value_ok(x)),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.iter().all(|(k, v)| value_ok(k) && value_ok(v)),
                Obj::Slice(s) => value_ok(s.start) && value_ok(s.stop) && value_ok(s.step),
                Obj::Function(f) => {
                    (f.code as usize) < ncodes
                        && f.code != 0
                        && f.defaults.iter().chain(&f.kwdefaults).all(|&x| value_ok(x))
                        && f.closure.iter().all(|&c| id_ok(c))
                        && value_ok(f.doc)
                        && value_ok(f.name)
                        && f.dict.is_none_or(id_ok)
                        && f.names.as_ref().is_none_or(|n| value_ok(n.0) && value_ok(n.1))
                }
                Obj::Cell(v) => value_ok(*v),
                Obj::BoundMethod(m) => value_ok(m.receiver),
                Obj::Exception(e) => {
                    e.args.iter().all(|&x| value_ok(x))
                        && value_ok(e.cause)
                        && value_ok(e.context)
                        && e.traceback.iter().all(|&(c, _)| (c as usize) < ncodes)
                        && e.class.is_none_or(id_ok)
                        && e.dict.is_none_or(id_ok)
                }
                Obj::Generator(g) => g.frame.as_ref().is_none_or(|f| {
                    (f.code as usize) < ncodes
                        && {
                            let mut ok = true;
                            f.for_each_value(|x| ok &= value_ok(x));
                            ok
                        }
                        && f.cells.iter().all(|&c| id_ok(c))
                        && f.generator.is_none_or(|g| g == id)
                }),
                Obj::DictView(_, d) => id_ok(*d),
                Obj::Iter(it) => match &it.kind {
                    IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => id_ok(*seq),
                    IterKind::DictKeys { dict, .. }
                    | IterKind::DictValues { dict, .. }
                    | IterKind::DictItems { dict, .. } => id_ok(*dict),
                    IterKind::Set { set, .. } => id_ok(*set),
                    IterKind::Enumerate { inner, count } => value_ok(*inner) && value_ok(*count),
                    IterKind::Zip { iters } | IterKind::ZipStrict { iters } => iters.iter().all(|&x| value_ok(x)),
                    IterKind::Call { func, sentinel } => value_ok(*func) && value_ok(*sentinel),
                    IterKind::Map { func, iters } => value_ok(*func) && iters.iter().all(|&x| value_ok(x)),
                    IterKind::Filter { func, inner } => value_ok(*func) && value_ok(*inner),
                    #[allow(unreachable_patterns)]
                    _ => true,
                },
                Obj::Class(c) => c.bases.iter().chain(&c.mro).all(|&x| value_ok(x)) && id_ok(c.dict),
                Obj::Instance(i) => id_ok(i.class) && id_ok(i.dict),
                Obj::Method(m) => value_ok(m.func) && value_ok(m.receiver),
                Obj::Property(p) => [p.fget, p.fset, p.fdel, p.doc].into_iter().all(value_ok),
                Obj::StaticMethod(v) | Obj::ClassMethod(v) => value_ok(*v),
                Obj::Super(s) => id_ok(s.class) && value_ok(s.obj),
                Obj::SlotMethod(m) => value_ok(m.receiver),
                Obj::TypeExpr(t) => t.values().all(value_ok),
                Obj::Object | Obj::Complex(_) => true,
                // kinds without references of their own, and kinds added later, rely on the VM's defensive reads
                _ => true,
            };
            if !ok {
                return Err(format!("object {id} holds a dangling reference"));
            }
        }
        Ok(())
    }
}
