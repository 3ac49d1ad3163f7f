// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js
function e(e) {
	let t = Object.values(e).filter((e) => typeof e == "number");
	return Object.entries(e).filter(([e, n]) => t.indexOf(+e) === -1).map(([e, t]) => t);
}
function t(e, t = "|") {
	return e.map((e) => ce(e)).join(t);
}
function n(e, t) {
	return typeof t == "bigint" ? t.toString() : t;
}
var r = class {
	constructor(e) {
		this._getter = e, this._value = void 0;
	}
	get value() {
		let e = this._getter;
		return e !== void 0 && (this._value = e(), this._getter = void 0), this._value;
	}
};
function i(e) {
	return new r(e);
}
function a(e) {
	return e == null;
}
function o(e) {
	let t = +!!e.startsWith("^"), n = e.endsWith("$") ? e.length - 1 : e.length;
	return e.slice(t, n);
}
function s(e, t) {
	let n = e / t, r = Math.round(n), i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
	return Math.abs(n - r) < i ? 0 : n - r;
}
function c(e, t, n) {
	Object.defineProperty(e, t, {
		value: n,
		writable: !0,
		enumerable: !0,
		configurable: !0
	});
}
function l(e) {
	let t = Object.getOwnPropertyDescriptor(e, "shape");
	return t?.get ? t.get.raw : t?.value;
}
function u(e) {
	return l(e._zod.def) ?? e._zod.def.shape;
}
function d(e, t, n) {
	Object.defineProperty(e, t, {
		get() {
			let e = n();
			return c(this, t, e), e;
		},
		enumerable: !0,
		configurable: !0
	});
}
function f(e, t, n) {
	t in e ? c(e, t, n) : e[t] = n;
}
function p(e, t, n, r) {
	let i = u(t);
	for (let a of n) {
		let n = Object.getOwnPropertyDescriptor(i, a);
		n.enumerable && (n.get ? d(e, a, () => {
			let e = t._zod.def.shape[a];
			return r ? r(e, a) : e;
		}) : f(e, a, r ? r(n.value, a) : n.value));
	}
}
function m(e, t) {
	for (let n of Reflect.ownKeys(t)) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.enumerable && (r.get ? d(e, n, () => t[n]) : f(e, n, r.value));
	}
}
function h(...e) {
	let t = {};
	for (let n of e) {
		let e = Object.getOwnPropertyDescriptors(n);
		Object.assign(t, e);
	}
	return Object.defineProperties({}, t);
}
function ee(e) {
	return JSON.stringify(e);
}
function te(e) {
	return e.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var ne = "captureStackTrace" in Error ? Error.captureStackTrace : (...e) => {};
function re(e) {
	return typeof e == "object" && !!e && !Array.isArray(e);
}
var ie = /* @__PURE__*/ i(() => {
	if (D.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare")) return !1;
	try {
		return Function(""), !0;
	} catch {
		return !1;
	}
});
function g(e) {
	if (re(e) === !1) return !1;
	let t = e.constructor;
	if (t === void 0 || typeof t != "function") return !0;
	let n = t.prototype;
	return re(n) !== !1 && Object.prototype.hasOwnProperty.call(n, "isPrototypeOf") !== !1;
}
function ae(e) {
	return g(e) ? { ...e } : Array.isArray(e) ? [...e] : e instanceof Map ? new Map(e) : e instanceof Set ? new Set(e) : e;
}
var oe = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function se(e) {
	return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function _(e, t, n) {
	let r = new e._zod.constr(t ?? e._zod.def);
	return (!t || n?.parent) && (r._zod.parent = e), r;
}
function v(e) {
	let t = e;
	if (!t) return {};
	if (typeof t == "string") return { error: () => t };
	if (t?.message !== void 0) {
		if (t?.error !== void 0) throw Error("Cannot specify both `message` and `error` params");
		t.error = t.message;
	}
	return delete t.message, typeof t.error == "string" ? {
		...t,
		error: () => t.error
	} : t;
}
function ce(e) {
	return typeof e == "bigint" ? e.toString() + "n" : typeof e == "string" ? `"${e}"` : `${e}`;
}
function le(e) {
	return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === "optional");
}
var ue = {
	safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}, de = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function fe(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".pick() cannot be used on object schemas containing refinements");
	let i = {};
	return p(i, e, pe(e, t)), _(e, h(n, {
		shape: i,
		checks: []
	}));
}
function pe(e, t) {
	let n = u(e), r = [];
	for (let e of Reflect.ownKeys(t)) {
		if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
		t[e] && r.push(e);
	}
	return r;
}
function me(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".omit() cannot be used on object schemas containing refinements");
	let i = new Set(pe(e, t)), a = {};
	return p(a, e, Reflect.ownKeys(u(e)).filter((e) => !i.has(e))), _(e, h(n, {
		shape: a,
		checks: []
	}));
}
function he(e, t) {
	if (!g(t)) throw Error("Invalid input to extend: expected a plain object");
	let n = e._zod.def.checks;
	if (n && n.length > 0) {
		let n = u(e);
		for (let e of Reflect.ownKeys(t)) if (Object.getOwnPropertyDescriptor(n, e) !== void 0) throw Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return _(e, h(e._zod.def, { shape: ge(e, t) }));
}
function ge(e, t) {
	let n = {};
	return p(n, e, Reflect.ownKeys(u(e))), m(n, t), n;
}
function _e(e, t) {
	if (!g(t)) throw Error("Invalid input to safeExtend: expected a plain object");
	return _(e, h(e._zod.def, { shape: ge(e, t) }));
}
function ve(e, t) {
	if (!t?._zod?.def) throw Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (e._zod.def.checks?.length) throw Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	let n = {};
	return p(n, e, Reflect.ownKeys(u(e))), p(n, t, Reflect.ownKeys(u(t))), _(e, h(e._zod.def, {
		shape: n,
		get catchall() {
			return t._zod.def.catchall;
		},
		checks: t._zod.def.checks ?? []
	}));
}
function ye(e, t, n, r = "partial") {
	let i = t._zod.def.checks;
	if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
	let a = n ? new Set(pe(t, n)) : void 0, o = {};
	return p(o, t, Reflect.ownKeys(u(t)), e && ((t, n) => a && !a.has(n) ? t : new e({
		type: "optional",
		innerType: t
	}))), _(t, h(t._zod.def, {
		shape: o,
		checks: []
	}));
}
function be(e, t, n) {
	let r = n ? new Set(pe(t, n)) : void 0, i = {};
	return p(i, t, Reflect.ownKeys(u(t)), (t, n) => r && !r.has(n) ? t : new e({
		type: "nonoptional",
		innerType: t
	})), _(t, h(t._zod.def, { shape: i }));
}
function y(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
	return !1;
}
function xe(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
	return !1;
}
function Se(e, t) {
	return t.map((t) => {
		var n;
		return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
	});
}
function b(e) {
	return typeof e == "string" ? e : e?.message;
}
function Ce(e) {
	let t = [];
	for (let n of e ?? []) {
		let e = n._zod.def;
		if (!/_(length|size)$|_equals$/.test(e.check)) break;
		let r = e.maximum ?? e.length ?? e.size;
		r >= 0 && t.push([r, n]);
	}
	return t;
}
function we(e, t, n) {
	var r;
	for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function x(e, t, n) {
	var r;
	let i = e.inst?._zod?.traits;
	i?.has("$ZodType") && (i.has("$ZodCheck") ? (r = e).schema ?? (r.schema = e.inst) : e.schema = e.inst);
	let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error, o = e.message ? e.message : b(e.inst?._zod.def?.error?.(e)) ?? b(a?.(e)) ?? b(t?.error?.(e)) ?? b(n.customError?.(e)) ?? b(n.localeError?.(e)) ?? "Invalid input", s = {};
	for (let t of Object.keys(e)) t !== "inst" && t !== "schema" && t !== "continue" && t !== "input" && t !== "__proto__" && (s[t] = e[t]);
	return s.path ??= [], s.message = o, t?.reportInput && (s.input = e.input), s;
}
var Te = /[\uD800-\uDBFF]/;
function Ee(e) {
	let t = e.length;
	if (!Te.test(e)) return t;
	let n = t;
	for (let r = 0; r < t - 1; r++) (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
	return n;
}
function De(e) {
	return Array.isArray(e) ? "array" : typeof e == "string" ? "string" : "unknown";
}
function Oe(e) {
	let t = typeof e;
	switch (t) {
		case "number": return Number.isNaN(e) ? "nan" : "number";
		case "object": {
			if (e === null) return "null";
			if (Array.isArray(e)) return "array";
			let t = e;
			if (t && Object.getPrototypeOf(t) !== Object.prototype && "constructor" in t && t.constructor) return t.constructor.name;
		}
	}
	return t;
}
function ke(...e) {
	let [t, n, r] = e;
	return typeof t == "string" ? {
		message: t,
		code: "custom",
		input: n,
		inst: r
	} : { ...t };
}
function Ae(e, t) {
	for (let n in t) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.get ? Object.defineProperty(e, n, {
			...r,
			enumerable: !1
		}) : Ne(e, n, r.value);
	}
}
function S(e, t, n, r = !0) {
	return Object.defineProperty(e, t, {
		configurable: !0,
		writable: !0,
		enumerable: r,
		value: n
	}), n;
}
function je(e, t, n) {
	return S(e, t, n, !1);
}
/* @__NO_SIDE_EFFECTS__ */
function Me(e, t) {
	for (let n in e) {
		let r = e[n];
		Object.defineProperty(t, n, {
			configurable: !0,
			enumerable: !0,
			get() {
				return S(this, n, r(this));
			},
			set(e) {
				S(this, n, e);
			}
		});
	}
	return t;
}
function Ne(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		get() {
			return this == null ? n : S(this, t, n.bind(this));
		},
		set(e) {
			S(this, t, e);
		}
	});
}
function Pe(e, t) {
	let n = Object.getPrototypeOf(e);
	return t in n ? void 0 : n;
}
var Fe, C = !1, Ie = {
	configurable: !0,
	get() {
		C = !0;
	}
};
function w(e, t, n) {
	let r = Object.getPrototypeOf(e._zod);
	t in r && Fe !== e._zod ? Fe = void 0 : (Fe = e._zod, Object.defineProperty(r, t, {
		configurable: !0,
		get() {
			Object.defineProperty(this, t, Ie);
			let e = C;
			C = !1;
			try {
				let r = n(this);
				return C ? delete this[t] : Object.defineProperty(this, t, {
					configurable: !0,
					writable: !0,
					value: r
				}), C ||= e, r;
			} catch (n) {
				throw delete this[t], C ||= e, n;
			}
		},
		set(e) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				value: e
			});
		}
	}));
}
function Le(e, t, n, r) {
	let i = Pe(e, t);
	i && Object.defineProperty(i, t, {
		configurable: !0,
		get() {
			let e = {
				configurable: !0,
				writable: !0,
				enumerable: r,
				value: void 0
			};
			return Object.defineProperty(this, t, e), e.value = n(this), Object.defineProperty(this, t, e), e.value;
		},
		set(e) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				enumerable: r,
				value: e
			});
		}
	});
}
var Re = "~constantCatch";
function ze(e) {
	let t = () => e;
	return t[Re] = !0, t;
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
var Be, Ve = {
	value: void 0,
	enumerable: !1
}, He = "captureStackTrace" in Error ? Error : null;
function Ue(e) {
	let t = He;
	if (t) {
		let n = t.stackTraceLimit;
		if (typeof n == "number") {
			try {
				t.stackTraceLimit = 0;
			} catch {
				return He = null, new e();
			}
			try {
				return new e();
			} finally {
				t.stackTraceLimit = n;
			}
		}
	}
	return new e();
}
/* @__NO_SIDE_EFFECTS__ */
function T(e, t, n, r) {
	let i = {};
	function a(e) {
		this.def = e, this.constr = d, this.traits = /* @__PURE__ */ new Set();
	}
	a.prototype = i;
	let o = n, s = o && /* @__PURE__ */ new WeakSet();
	function c(n, r) {
		if (!n._zod) {
			Ve.value = new a(r);
			try {
				Object.defineProperty(n, "_zod", Ve);
			} finally {
				Ve.value = void 0;
			}
		} else if (n._zod.traits.has(e)) return;
		if (n._zod.traits.add(e), t(n, r), s) {
			let e = Object.getPrototypeOf(n), t = n._zod.constr.prototype, r = e;
			for (; r && r !== t;) r = Object.getPrototypeOf(r);
			let i = r ?? e;
			s.has(i) || (s.add(i), Ae(i, o));
		}
		let i = d.prototype;
		for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
	}
	let l = r?.Parent ?? Object;
	class u extends l {}
	Object.defineProperty(u, "name", { value: e });
	function d(e) {
		let t = r?.Parent ? Ue(u) : this;
		c(t, e);
		let n = t._zod.deferred;
		if (n) {
			for (let e of n) e();
			t._zod.deferred = void 0;
		}
		let i = globalThis.__zod_globalConfig?.postProcessor;
		return i && i(t), t;
	}
	return Object.defineProperty(d, "init", { value: c }), Object.defineProperty(d, Symbol.hasInstance, { value: (t) => r?.Parent && t instanceof r.Parent ? !0 : t?._zod?.traits?.has(e) }), Object.defineProperty(d, "name", { value: e }), d;
}
var E = class extends Error {
	constructor() {
		super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
	}
}, We = class extends Error {
	constructor(e) {
		super(`Encountered unidirectional transform during encode: ${e}`), this.name = "ZodEncodeError";
	}
};
(Be = globalThis).__zod_globalConfig ?? (Be.__zod_globalConfig = {});
var D = globalThis.__zod_globalConfig;
function O(e) {
	return e && Object.assign(D, e), D;
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js
function Ge() {
	let e = this._zod;
	return e.message ??= JSON.stringify(e.def, n, 2), e.message;
}
function Ke(e) {
	this._zod.message = e;
}
var qe = {
	get: Ge,
	set: Ke,
	enumerable: !0,
	configurable: !0
}, Je = {
	value: void 0,
	enumerable: !1
}, Ye = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), Xe = /* @__PURE__ */ T("$ZodError", (e, t) => {
	e.name = "$ZodError", Je.value = t, Object.defineProperty(e, "issues", Je), Je.value = void 0, Object.defineProperty(e, "message", qe);
	let n = Object.getPrototypeOf(e);
	Ye.has(n) || (Ye.add(n), Object.defineProperty(n, "toString", {
		configurable: !0,
		enumerable: !1,
		get() {
			let e = () => this.message;
			return Object.defineProperty(this, "toString", {
				value: e,
				configurable: !0,
				writable: !0
			}), e;
		},
		set(e) {
			Object.defineProperty(this, "toString", {
				value: e,
				configurable: !0,
				writable: !0
			});
		}
	}));
});
function Ze(e, t, n) {
	return Object.prototype.hasOwnProperty.call(e, t) || (t === "__proto__" ? Object.defineProperty(e, t, {
		value: n(),
		writable: !0,
		enumerable: !0,
		configurable: !0
	}) : e[t] = n()), e[t];
}
function Qe(e, t = (e) => e.message) {
	let n = {}, r = [];
	for (let i of e.issues) i.path.length > 0 ? Ze(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
	return {
		formErrors: r,
		fieldErrors: n
	};
}
function $e(e, t = (e) => e.message) {
	let n = { _errors: [] }, r = (e, i = []) => {
		for (let a of e.issues) if (a.code === "invalid_union" && a.errors.length) a.errors.map((e) => r({ issues: e }, [...i, ...a.path]));
		else if (a.code === "invalid_key") r({ issues: a.issues }, [...i, ...a.path]);
		else if (a.code === "invalid_element") r({ issues: a.issues }, [...i, ...a.path]);
		else {
			let e = [...i, ...a.path];
			if (e.length === 0) n._errors.push(t(a));
			else {
				let r = n, i = 0;
				for (; i < e.length;) {
					let n = e[i], o = i === e.length - 1;
					if (n === "_errors") {
						o && r._errors.push(t(a)), i++;
						continue;
					}
					Object.prototype.hasOwnProperty.call(r, n) || Object.defineProperty(r, n, {
						value: { _errors: [] },
						enumerable: !0,
						writable: !0,
						configurable: !0
					});
					let s = r[n];
					o && s._errors.push(t(a)), r = s, i++;
				}
			}
		}
	};
	return r(e), n;
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js
function et(e, t) {
	return {
		callee: t?.callee ?? e,
		Err: t?.Err
	};
}
var tt = (e) => {
	let t = (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !1
		} : { async: !1 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise) throw new E();
		if (s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => x(e, o, O())));
			throw ne(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, nt = (e) => {
	let t = async (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !0
		} : { async: !0 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise && (s = await s), s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => x(e, o, O())));
			throw ne(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, rt = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		async: !1
	} : { async: !1 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	if (a instanceof Promise) throw new E();
	return a.issues.length ? it(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
};
function it(e, t, n) {
	let r;
	return {
		success: !1,
		get error() {
			return r || (r = new e(t.map((e) => x(e, n, O()))), t = void 0, n = void 0), r;
		},
		set error(e) {
			r = e, t = void 0, n = void 0;
		}
	};
}
var at = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		async: !0
	} : { async: !0 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	return a instanceof Promise && (a = await a), a.issues.length ? it(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
}, ot = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), st = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), ct = ((e, t, n) => {
	let r = e._zod.bag.validator;
	if (r !== void 0) {
		if (r(t) !== ot) return !0;
		if (r.definite === !0 && n === void 0) return !1;
	}
	return lt(e, t, n);
});
function lt(e, t, n) {
	let r = n ? {
		...n,
		async: !1,
		abortEarly: !0
	} : {
		async: !1,
		abortEarly: !0
	}, i = e._zod.bag.fallbackRun, a;
	if (i ? (r[st] = !0, a = i({
		value: t,
		issues: []
	}, r)) : a = e._zod.run({
		value: t,
		issues: []
	}, r), a instanceof Promise) throw new E();
	return a.issues.length === 0;
}
var ut = async (e, t, n) => {
	let r = n ? {
		...n,
		async: !0,
		abortEarly: !0
	} : {
		async: !0,
		abortEarly: !0
	}, i = e._zod.run({
		value: t,
		issues: []
	}, r);
	return i instanceof Promise && (i = await i), i.issues.length === 0;
}, dt = (e) => {
	let t = tt(e), n = (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return t(e, r, o, et(n, a));
	};
	return n;
}, ft = (e) => {
	let t = tt(e), n = (e, r, i, a) => t(e, r, i, et(n, a));
	return n;
}, pt = (e) => {
	let t = nt(e), n = async (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return await t(e, r, o, et(n, a));
	};
	return n;
}, mt = (e) => {
	let t = nt(e), n = async (e, r, i, a) => await t(e, r, i, et(n, a));
	return n;
}, ht = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return rt(e)(t, n, i);
}, gt = (e) => (t, n, r) => rt(e)(t, n, r), _t = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return at(e)(t, n, i);
}, vt = (e) => async (t, n, r) => at(e)(t, n, r), yt = /^[cC][0-9a-z]{6,}$/, bt = /^[0-9a-z]+$/, xt = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, St = /^[0-9a-vA-V]{20}$/, Ct = /^[A-Za-z0-9]{27}$/, wt = /^[a-zA-Z0-9_-]{21}$/;
function Tt(e) {
	return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var Et = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, Dt = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, Ot = (e) => e ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, kt = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, At = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function jt() {
	return new RegExp(At, "u");
}
var Mt = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, Nt = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, Pt = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, Ft = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, It = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, Lt = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, Rt = /^https?$/, zt = /^\+[1-9]\d{6,14}$/, Bt = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function Vt(e) {
	return RegExp(`^${e}$`);
}
var Ht = /*@__PURE__*/ Vt(Bt);
function Ut(e) {
	let t = "(?:[01]\\d|2[0-3]):[0-5]\\d";
	return typeof e.precision == "number" ? e.precision === -1 ? `${t}` : e.precision === 0 ? `${t}:[0-5]\\d` : `${t}:[0-5]\\d\\.\\d{${e.precision}}` : e.seconds ? `${t}:[0-5]\\d(?:\\.\\d+)?` : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function Wt(e) {
	return RegExp(`^${Ut(e)}$`);
}
function Gt(e) {
	let t = ["Z"];
	e.offset && t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
	let n = `${Ut({
		precision: e.precision,
		seconds: !0
	})}(?:${t.join("|")})`, r = e.local ? `${n}|${Ut({ precision: e.precision })}` : n;
	return RegExp(`^${Bt}T(?:${r})$`);
}
var Kt = /^[\s\S]{0,}$/, qt = /^-?\d+(?:\.\d+)?$/, Jt = /^(?:true|false)$/i, Yt = /^[^A-Z]*$/, Xt = /^[^a-z]*$/, k = /*@__PURE__*/ T("$ZodCheck", (e, t) => {
	var n;
	e._zod ??= {}, e._zod.def = t, (n = e._zod).onattach ?? (n.onattach = []);
}), Zt = (e) => {
	let t = e.value;
	return !a(t) && t.length !== void 0;
}, Qt = {
	number: "number",
	bigint: "bigint",
	object: "date"
}, $t = /*@__PURE__*/ T("$ZodCheckLessThan", (e, t) => {
	k.init(e, t);
	let n = Qt[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value <= t.value : r.value < t.value) || r.issues.push({
			origin: Qt[typeof r.value] ?? n,
			code: "too_big",
			maximum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), en = /*@__PURE__*/ T("$ZodCheckGreaterThan", (e, t) => {
	k.init(e, t);
	let n = Qt[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value >= t.value : r.value > t.value) || r.issues.push({
			origin: Qt[typeof r.value] ?? n,
			code: "too_small",
			minimum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), tn = /*@__PURE__*/ T("$ZodCheckMultipleOf", (e, t) => {
	k.init(e, t), e._zod.check = (n) => {
		if (typeof n.value != typeof t.value) throw Error("Cannot mix number and bigint in multiple_of check.");
		(typeof n.value == "bigint" ? t.value !== BigInt(0) && n.value % t.value === BigInt(0) : s(n.value, t.value) === 0) || n.issues.push({
			origin: typeof n.value,
			code: "not_multiple_of",
			divisor: t.value,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), nn = /*@__PURE__*/ T("$ZodCheckNumberFormat", (e, t) => {
	k.init(e, t), t.format = t.format || "float64";
	let n = t.format?.includes("int"), r = n ? "int" : "number", [i, a] = ue[t.format];
	e._zod.check = (o) => {
		let s = o.value;
		if (n) {
			if (!Number.isInteger(s)) {
				o.issues.push({
					expected: r,
					format: t.format,
					code: "invalid_type",
					continue: !1,
					input: s,
					inst: e
				});
				return;
			}
			if (!Number.isSafeInteger(s)) {
				s > 0 ? o.issues.push({
					input: s,
					code: "too_big",
					maximum: 2 ** 53 - 1,
					note: "Integers must be within the safe integer range.",
					inst: e,
					origin: r,
					inclusive: !0,
					continue: !t.abort
				}) : o.issues.push({
					input: s,
					code: "too_small",
					minimum: -(2 ** 53 - 1),
					note: "Integers must be within the safe integer range.",
					inst: e,
					origin: r,
					inclusive: !0,
					continue: !t.abort
				});
				return;
			}
		}
		s < i && o.issues.push({
			origin: "number",
			input: s,
			code: "too_small",
			minimum: i,
			inclusive: !0,
			inst: e,
			continue: !t.abort
		}), s > a && o.issues.push({
			origin: "number",
			input: s,
			code: "too_big",
			maximum: a,
			inclusive: !0,
			inst: e,
			continue: !t.abort
		});
	};
}), rn = /*@__PURE__*/ T("$ZodCheckMaxLength", (e, t) => {
	var n;
	k.init(e, t), (n = e._zod.def).when ?? (n.when = Zt), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i > t.maximum ? Ee(r) : i) <= t.maximum) return;
		let a = De(r);
		n.issues.push({
			origin: a,
			code: "too_big",
			maximum: t.maximum,
			inclusive: !0,
			input: r,
			inst: e,
			continue: !t.abort
		});
	};
}), an = /*@__PURE__*/ T("$ZodCheckMinLength", (e, t) => {
	var n;
	k.init(e, t), (n = e._zod.def).when ?? (n.when = Zt), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i >= t.minimum && i < t.minimum * 2 ? Ee(r) : i) >= t.minimum) return;
		let a = De(r);
		n.issues.push({
			origin: a,
			code: "too_small",
			minimum: t.minimum,
			inclusive: !0,
			input: r,
			inst: e,
			continue: !t.abort
		});
	};
}), on = /*@__PURE__*/ T("$ZodCheckLengthEquals", (e, t) => {
	var n;
	k.init(e, t), (n = e._zod.def).when ?? (n.when = Zt), e._zod.check = (n) => {
		let r = n.value, i = r.length, a = typeof r == "string" && i >= t.length && i <= t.length * 2 ? Ee(r) : i;
		if (a === t.length) return;
		let o = De(r), s = a > t.length;
		n.issues.push({
			origin: o,
			...s ? {
				code: "too_big",
				maximum: t.length
			} : {
				code: "too_small",
				minimum: t.length
			},
			inclusive: !0,
			exact: !0,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), sn = /*@__PURE__*/ T("$ZodCheckStringFormat", (e, t) => {
	var n, r;
	k.init(e, t), t.pattern ? (n = e._zod).check ?? (n.check = (n) => {
		t.pattern.lastIndex = 0, t.pattern.test(n.value) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: t.format,
			input: n.value,
			...t.pattern ? { pattern: t.pattern.toString() } : {},
			inst: e,
			continue: !t.abort
		});
	}) : (r = e._zod).check ?? (r.check = () => {});
}), cn = /*@__PURE__*/ T("$ZodCheckRegex", (e, t) => {
	sn.init(e, t), e._zod.check = (n) => {
		t.pattern.lastIndex = 0, t.pattern.test(n.value) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: n.value,
			pattern: t.pattern.toString(),
			inst: e,
			continue: !t.abort
		});
	};
}), ln = /*@__PURE__*/ T("$ZodCheckLowerCase", (e, t) => {
	t.pattern ??= Yt, sn.init(e, t);
}), un = /*@__PURE__*/ T("$ZodCheckUpperCase", (e, t) => {
	t.pattern ??= Xt, sn.init(e, t);
}), dn = /*@__PURE__*/ T("$ZodCheckIncludes", (e, t) => {
	k.init(e, t);
	let n = se(t.includes);
	t.pattern = new RegExp(typeof t.position == "number" ? `^.{${t.position},}${n}` : n), e._zod.check = (n) => {
		n.value.includes(t.includes, t.position) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: t.includes,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), fn = /*@__PURE__*/ T("$ZodCheckStartsWith", (e, t) => {
	k.init(e, t);
	let n = RegExp(`^${se(t.prefix)}.*`);
	t.pattern ??= n, e._zod.check = (n) => {
		n.value.startsWith(t.prefix) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: t.prefix,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), pn = /*@__PURE__*/ T("$ZodCheckEndsWith", (e, t) => {
	k.init(e, t);
	let n = RegExp(`.*${se(t.suffix)}$`);
	t.pattern ??= n, e._zod.check = (n) => {
		n.value.endsWith(t.suffix) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: t.suffix,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), mn = /*@__PURE__*/ T("$ZodCheckOverwrite", (e, t) => {
	k.init(e, t), e._zod.check = (e) => {
		e.value = t.tx(e.value);
	};
}), hn = class {
	constructor(e = [], t = {}) {
		this.content = [], this.indent = 0, this.args = e, this.closed = t;
	}
	indented(e) {
		this.indent += 1;
		try {
			e(this);
		} finally {
			--this.indent;
		}
	}
	write(e) {
		if (typeof e == "function") {
			e(this, { execution: "sync" }), e(this, { execution: "async" });
			return;
		}
		let t = e.split("\n").filter((e) => e), n = Math.min(...t.map((e) => e.length - e.trimStart().length)), r = t.map((e) => e.slice(n)).map((e) => " ".repeat(this.indent * 2) + e);
		for (let e of r) this.content.push(e);
	}
	compile() {
		let e = Function, t = this?.content ?? [""];
		return new e(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`)(...Object.values(this.closed));
	}
}, gn = {
	major: 4,
	minor: 6,
	patch: 7
}, A = /*@__PURE__*/ T("$ZodType", (e, t) => {
	var n;
	e ??= {}, e._zod.def = t, e._zod.bag = e._zod.bag || {}, e._zod.version = gn;
	let r = e._zod.def.checks, i = e._zod.traits.has("$ZodCheck") ? [e, ...r ?? []] : r?.length ? [...r] : [];
	for (let t of i) for (let n of t._zod.onattach) n(e);
	if (i.length === 0) (n = e._zod).deferred ?? (n.deferred = []), e._zod.deferred?.push(() => {
		e._zod.run = e._zod.parse;
	});
	else {
		let t = (t, n, r) => {
			if (t.memo) return t;
			let i = y(t), a;
			for (let o of n) {
				if (o._zod.def.when) {
					if (xe(t) || !o._zod.def.when(t)) continue;
				} else if (i) continue;
				let n = t.issues.length, s = o._zod.check(t);
				if (s instanceof Promise && r?.async === !1) throw new E();
				if (a || s instanceof Promise) a = (a ?? Promise.resolve()).then(async () => {
					await s, t.issues.length !== n && (we(t.issues, n, e), i ||= y(t, n));
				});
				else {
					if (t.issues.length === n) continue;
					we(t.issues, n, e), i ||= y(t, n);
				}
			}
			return a ? a.then(() => t) : t;
		}, n = (n, r, a) => {
			if (y(n)) return n.aborted = !0, n;
			let o = t(r, i, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new E();
				return o.then((t) => e._zod.parse(t, a));
			}
			return e._zod.parse(o, a);
		};
		e._zod.run = (r, a) => {
			if (a.skipChecks) return e._zod.parse(r, a);
			if (a.direction === "backward") {
				let t = e._zod.parse({
					value: r.value,
					issues: []
				}, {
					...a,
					skipChecks: !0
				});
				return t instanceof Promise ? t.then((e) => n(e, r, a)) : n(t, r, a);
			}
			let o = e._zod.parse(r, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new E();
				return o.then((e) => t(e, i, a));
			}
			return t(o, i, a);
		};
	}
}, {
	get "~standard"() {
		return je(this, "~standard", yn(this));
	},
	set "~standard"(e) {
		S(this, "~standard", e);
	}
}), _n = (e, t) => e.issues.length ? { issues: e.issues.map((e) => x(e, t, O())) } : { value: e.value };
async function vn(e, t) {
	let n = { async: !0 };
	return _n(await e._zod.run({
		value: t,
		issues: []
	}, n), n);
}
function yn(e) {
	return {
		validate: (t) => {
			let n = { async: !1 };
			try {
				let r = e._zod.run({
					value: t,
					issues: []
				}, n);
				if (!(r instanceof Promise)) return _n(r, n);
			} catch {}
			return vn(e, t);
		},
		vendor: "zod",
		version: 1
	};
}
var bn = /*@__PURE__*/ T("$ZodString", (e, t) => {
	A.init(e, t), e._zod.pattern = t.pattern ?? Kt, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = String(n.value);
		} catch {}
		return typeof n.value == "string" || n.issues.push({
			expected: "string",
			code: "invalid_type",
			input: n.value,
			inst: e
		}), n;
	};
}), j = /*@__PURE__*/ T("$ZodStringFormat", (e, t) => {
	sn.init(e, t), bn.init(e, t);
}), xn = /*@__PURE__*/ T("$ZodGUID", (e, t) => {
	t.pattern ??= Dt, j.init(e, t);
}), Sn = /*@__PURE__*/ T("$ZodUUID", (e, t) => {
	if (t.version) {
		let e = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[t.version];
		if (e === void 0) throw Error(`Invalid UUID version: "${t.version}"`);
		t.pattern ??= Ot(e);
	} else t.pattern ??= Ot();
	j.init(e, t);
}), Cn = /*@__PURE__*/ T("$ZodEmail", (e, t) => {
	t.pattern ??= kt, j.init(e, t);
});
function wn(e) {
	try {
		return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(e) : (new URL(e), !0);
	} catch {
		return !1;
	}
}
function Tn(e, t) {
	return !("normalize" in t) && !("hostname" in t) && !("protocol" in t) ? wn(e) || 2 : En(e, t);
}
function En(e, t) {
	if (!t.normalize && t.protocol?.source === Rt.source && !/^https?:\/\//i.test(e)) return 1;
	try {
		if (typeof URL < "u") {
			let t = URL;
			if (typeof t.parse == "function") return t.parse(e) ?? 2;
		}
		return new URL(e);
	} catch {
		return 2;
	}
}
var Dn = /[\t\n\r]/g;
function On(e) {
	return e.replace(Dn, "");
}
function kn(e, t) {
	return t.lastIndex = 0, t.test(e.hostname);
}
function An(e, t) {
	return t.lastIndex = 0, t.test(e.protocol.endsWith(":") ? e.protocol.slice(0, -1) : e.protocol);
}
var jn = /*@__PURE__*/ T("$ZodURL", (e, t) => {
	j.init(e, t), e._zod.check = (n) => {
		try {
			let r = n.value.trim(), i = Tn(r, t);
			if (i === 1) {
				n.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: n.value,
					inst: e,
					continue: !t.abort
				});
				return;
			}
			if (i === 2) {
				n.issues.push({
					code: "invalid_format",
					format: "url",
					input: n.value,
					inst: e,
					continue: !t.abort
				});
				return;
			}
			if (i === !0) {
				n.value = On(r);
				return;
			}
			t.hostname && !kn(i, t.hostname) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: t.hostname.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), t.protocol && !An(i, t.protocol) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: t.protocol.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), n.value = t.normalize ? i.href : On(r);
			return;
		} catch {
			n.issues.push({
				code: "invalid_format",
				format: "url",
				input: n.value,
				inst: e,
				continue: !t.abort
			});
		}
	};
}), Mn = /*@__PURE__*/ T("$ZodEmoji", (e, t) => {
	t.pattern ??= jt(), j.init(e, t);
}), Nn = /*@__PURE__*/ T("$ZodNanoID", (e, t) => {
	if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1)) throw Error(`Invalid nanoid length: ${t.length}`);
	t.pattern ??= t.length === void 0 ? wt : Tt(t.length), j.init(e, t);
}), Pn = /*@__PURE__*/ T("$ZodCUID", (e, t) => {
	t.pattern ??= yt, j.init(e, t);
}), Fn = /*@__PURE__*/ T("$ZodCUID2", (e, t) => {
	t.pattern ??= bt, j.init(e, t);
}), In = /*@__PURE__*/ T("$ZodULID", (e, t) => {
	t.pattern ??= xt, j.init(e, t);
}), Ln = /*@__PURE__*/ T("$ZodXID", (e, t) => {
	t.pattern ??= St, j.init(e, t);
}), Rn = /*@__PURE__*/ T("$ZodKSUID", (e, t) => {
	t.pattern ??= Ct, j.init(e, t);
}), zn = /*@__PURE__*/ T("$ZodISODateTime", (e, t) => {
	t.pattern ??= Gt(t), j.init(e, t);
}), Bn = /*@__PURE__*/ T("$ZodISODate", (e, t) => {
	t.pattern ??= Ht, j.init(e, t);
}), Vn = /*@__PURE__*/ T("$ZodISOTime", (e, t) => {
	t.pattern ??= Wt(t), j.init(e, t);
}), Hn = /*@__PURE__*/ T("$ZodISODuration", (e, t) => {
	t.pattern ??= Et, j.init(e, t);
}), Un = /*@__PURE__*/ T("$ZodIPv4", (e, t) => {
	t.pattern ??= Mt, j.init(e, t);
}), Wn = /^[0-9a-fA-F:.]+$/;
function Gn(e) {
	return Wn.test(e) ? wn(`http://[${e}]`) : !1;
}
var Kn = /*@__PURE__*/ T("$ZodIPv6", (e, t) => {
	t.pattern ??= Nt, j.init(e, t), e._zod.check = (n) => {
		Gn(n.value) || n.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), qn = /*@__PURE__*/ T("$ZodCIDRv4", (e, t) => {
	t.pattern ??= Pt, j.init(e, t);
});
function Jn(e) {
	let t = e.split("/");
	if (t.length !== 2) return !1;
	let [n, r] = t;
	if (!r) return !1;
	let i = Number(r);
	return `${i}` !== r || i < 0 || i > 128 ? !1 : Gn(n);
}
var Yn = /*@__PURE__*/ T("$ZodCIDRv6", (e, t) => {
	t.pattern ??= Ft, j.init(e, t), e._zod.check = (n) => {
		Jn(n.value) || n.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
});
function Xn(e) {
	if (e === "") return !0;
	if (/\s/.test(e) || e.length % 4 != 0) return !1;
	try {
		return atob(e), !0;
	} catch {
		return !1;
	}
}
var Zn = /^[0-9a-zA-Z+/]*={0,2}$/, Qn = /*@__PURE__*/ T("$ZodBase64", (e, t) => {
	t.pattern ??= Zn, j.init(e, t), e._zod.check = (n) => {
		Xn(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), $n = /^[A-Za-z0-9_-]*$/;
function er(e) {
	if (!$n.test(e)) return !1;
	let t = e.replace(/[-_]/g, (e) => e === "-" ? "+" : "/");
	return Xn(t.padEnd(Math.ceil(t.length / 4) * 4, "="));
}
var tr = /*@__PURE__*/ T("$ZodBase64URL", (e, t) => {
	t.pattern ??= $n, j.init(e, t), e._zod.check = (n) => {
		er(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), nr = /*@__PURE__*/ T("$ZodE164", (e, t) => {
	t.pattern ??= zt, j.init(e, t);
});
function rr(e, t = null) {
	try {
		let n = e.split(".");
		if (n.length !== 3) return !1;
		let [r] = n;
		if (!r) return !1;
		let i = JSON.parse(atob(r));
		return !("typ" in i && i?.typ !== "JWT" || !i.alg || t && (!("alg" in i) || i.alg !== t));
	} catch {
		return !1;
	}
}
var ir = /*@__PURE__*/ T("$ZodJWT", (e, t) => {
	j.init(e, t), e._zod.check = (n) => {
		rr(n.value, t.alg) || n.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), ar = /*@__PURE__*/ T("$ZodNumber", (e, t) => {
	A.init(e, t), e._zod.pattern = qt, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = Number(n.value);
		} catch {}
		let i = n.value;
		if (typeof i == "number" && !Number.isNaN(i) && Number.isFinite(i)) return n;
		let a = typeof i == "number" ? Number.isNaN(i) ? "NaN" : Number.isFinite(i) ? void 0 : String(i) : void 0;
		return n.issues.push({
			expected: "number",
			code: "invalid_type",
			input: i,
			inst: e,
			...a ? { received: a } : {}
		}), n;
	};
}), or = /*@__PURE__*/ T("$ZodNumberFormat", (e, t) => {
	nn.init(e, t), ar.init(e, t);
}), sr = /*@__PURE__*/ T("$ZodBoolean", (e, t) => {
	A.init(e, t), e._zod.pattern = Jt, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = !!n.value;
		} catch {}
		let i = n.value;
		return typeof i == "boolean" || n.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input: i,
			inst: e
		}), n;
	};
}), cr = /*@__PURE__*/ T("$ZodUnknown", (e, t) => {
	A.init(e, t), e._zod.parse = (e) => e;
}), lr = /*@__PURE__*/ T("$ZodNever", (e, t) => {
	A.init(e, t), e._zod.parse = (t, n) => (t.issues.push({
		expected: "never",
		code: "invalid_type",
		input: t.value,
		inst: e
	}), t);
});
function ur(e, t) {
	let n = Ce(e._zod.def.checks);
	if (!n.length) return;
	let r = Math.min(...n.map((e) => e[0])), i = e._zod.parse;
	e._zod.parse = (n, a) => {
		let o = t(n.value);
		if (o > r && !a?.skipChecks && a?.direction !== "backward") {
			for (let [t, r] of Ce(e._zod.def.checks)) if (o > t && r._zod.def.when(n)) {
				let t = n.issues.length;
				return r._zod.check(n), n.issues[t].continue = !1, we(n.issues, t, e), n;
			}
		}
		return i(n, a);
	};
}
var dr = (e) => Array.isArray(e) ? e.length : -1;
function fr(e, t, n) {
	e.issues.length && t.issues.push(...Se(n, e.issues)), t.value[n] = e.value;
}
var pr = /*@__PURE__*/ T("$ZodArray", (e, t) => {
	A.init(e, t);
	let n = D.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!Array.isArray(a)) return r.issues.push({
			expected: "array",
			code: "invalid_type",
			input: a,
			inst: e
		}), r;
		r.value = n ? n.alloc(e, r, Array(a.length), i) : Array(a.length);
		let o = [], s = i?.abortEarly;
		for (let e = 0; e < a.length; e++) {
			let n = a[e], c = t.element._zod.run({
				value: n,
				issues: []
			}, i);
			if (c instanceof Promise) o.push(c.then((t) => fr(t, r, e)));
			else if (fr(c, r, e), s && c.issues.length !== 0 && y(c)) break;
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	}, ur(e, dr);
});
function mr(e, t, n, r, i, a) {
	let o = n in r, s = a === "optional";
	if (o || !s || i !== "optional") {
		if (e.issues.length) {
			if (i !== void 0 && s && !o) return;
			t.issues.push(...Se(n, e.issues));
		}
		!o && i === void 0 ? e.issues.length || t.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [n]
		}) : e.value === void 0 ? (o || i === "defaulted" && !s) && (t.value[n] = void 0) : t.value[n] = e.value;
	}
}
var hr = [];
function gr(e) {
	let t = Object.keys(e.shape), n = Object.getOwnPropertySymbols(e.shape), r = n.length ? n : hr, i = r.length ? [...t, ...r] : t;
	for (let t of i) if (!e.shape?.[t]?._zod?.traits?.has("$ZodType")) throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
	let a = le(e.shape);
	return {
		...e,
		allKeys: i,
		symbolKeys: r,
		keySet: new Set(t),
		numKeys: t.length,
		optionalKeys: new Set(a)
	};
}
function _r(e, t, n, r, i, a, o) {
	let s = [], c = i.keySet, l = i.catchall._zod, u = l.def.type, d = l.optin, f = l.optout, p = 0;
	for (let i in t) {
		if (o && n.issues.length !== p) {
			if (y(n, p)) break;
			p = n.issues.length;
		}
		if (c.has(i)) continue;
		if (i === "__proto__") {
			u === "never" && s.push(i);
			continue;
		}
		if (u === "never") {
			s.push(i);
			continue;
		}
		let a = l.run({
			value: t[i],
			issues: []
		}, r);
		a instanceof Promise ? e.push(a.then((e) => mr(e, n, i, t, d, f))) : mr(a, n, i, t, d, f);
	}
	return s.length && n.issues.push({
		code: "unrecognized_keys",
		keys: s,
		input: t,
		inst: a,
		continue: !0
	}), e.length ? Promise.all(e).then(() => n) : n;
}
var vr = /*@__PURE__*/ T("$ZodObject", (e, t) => {
	A.init(e, t);
	let n = Object.getOwnPropertyDescriptor(t, "shape"), r = n?.get ? n.get.raw : t.shape ?? {};
	if (r) {
		let e = () => {
			let n = { ...r };
			return Object.defineProperty(t, "shape", { value: n }), e.raw = n, n;
		};
		e.raw = r, Object.defineProperty(t, "shape", { get: e });
	}
	let a = i(() => gr(t));
	w(e, "propValues", (e) => {
		let t = e.def.shape, n = {};
		for (let e in t) {
			let r = t[e]._zod;
			if (r.values) {
				Object.prototype.hasOwnProperty.call(n, e) || c(n, e, /* @__PURE__ */ new Set());
				for (let t of r.values) n[e].add(t);
				r.optin !== void 0 && n[e].add(void 0);
			}
		}
		return n;
	});
	let o = re, s = t.catchall, l, u = D.memoizer;
	u?.attach(e), e._zod.parse = (t, n) => {
		l ??= a.value;
		let r = t.value;
		if (!o(r)) return t.issues.push({
			expected: "object",
			code: "invalid_type",
			input: r,
			inst: e
		}), t;
		t.value = u ? u.alloc(e, t, {}, n) : {};
		let i = [], c = l.shape, d = n?.abortEarly, f = t.issues.length;
		for (let e of l.allKeys) {
			if (d && t.issues.length !== f) {
				if (y(t, f)) break;
				f = t.issues.length;
			}
			if (e === "__proto__") continue;
			let a = c[e], o = a._zod.optin, s = a._zod.optout, l = a._zod.run({
				value: r[e],
				issues: []
			}, n);
			l instanceof Promise ? i.push(l.then((n) => mr(n, t, e, r, o, s))) : mr(l, t, e, r, o, s);
		}
		return s ? _r(i, r, t, n, a.value, e, d === !0) : i.length ? Promise.all(i).then(() => t) : t;
	};
}), yr = /*@__PURE__*/ T("$ZodObjectJIT", (e, t) => {
	vr.init(e, t);
	let n = e._zod.parse, r = i(() => gr(t)), a = D.memoizer, o = (t) => {
		let n = r.value, i = n.symbolKeys, o = new hn(["payload", "ctx"], {
			shape: t,
			inst: e,
			memo: a,
			syms: i
		}), s = (e) => `shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`, c = (e, t) => `
          let ${e}_ab = false;
          for (let i = 0; i < ${e}.issues.length; i++) {
            const iss = ${e}.issues[i];
            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${e}_ab = true;
          }
          if (${e}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		o.write("const input = payload.value;");
		let l = Object.create(null), u = 0;
		for (let e of n.allKeys) l[e] = `key_${u++}`;
		o.write(a ? "const newResult = memo.alloc(inst, payload, {}, ctx);" : "const newResult = {};");
		for (let e of n.allKeys) {
			if (e === "__proto__") continue;
			let n = l[e], r = typeof e == "symbol" ? `syms[${i.indexOf(e)}]` : ee(e), a = `${r} in input`, u = t[e], d = u?._zod?.optin, f = d !== void 0, p = u?._zod?.optout === "optional";
			if (o.write(`const ${n} = ${s(r)};`), f && p) {
				let e = d === "optional" ? `${n}_present` : `${n}.value !== undefined || ${n}_present`;
				o.write(`
        const ${n}_present = ${a};
        if (!${n}.issues.length || ${n}_present) {
          if (${n}.issues.length) {${c(n, r)}
          }

          if (${e}) {
            newResult[${r}] = ${n}.value;
          }
        }

      `);
			} else f ? (o.write(`
        if (${n}.issues.length) {${c(n, r)}
        }
      `), d === "defaulted" ? o.write(`newResult[${r}] = ${n}.value;`) : o.write(`
        if (${n}.value !== undefined || ${a}) {
          newResult[${r}] = ${n}.value;
        }
      `)) : o.write(`
        const ${n}_present = ${a};
        if (${n}.issues.length) {${c(n, r)}
        }
        if (!${n}_present && !${n}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${r}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${n}_present) {
          newResult[${r}] = ${n}.value;
        }

      `);
		}
		return o.write("payload.value = newResult;"), o.write("return payload;"), o.compile();
	}, s, c = re, l = !D.jitless, u = l && ie.value, d = t.catchall, f;
	e._zod.parse = (i, a) => {
		f ??= r.value;
		let p = i.value;
		return c(p) ? l && u && a?.async === !1 && a.jitless !== !0 ? (s ||= o(t.shape), i = s(i, a), d ? _r([], p, i, a, f, e, a?.abortEarly === !0) : i) : n(i, a) : (i.issues.push({
			expected: "object",
			code: "invalid_type",
			input: p,
			inst: e
		}), i);
	};
});
function br(e, t, n, r) {
	for (let n of e) if (n.issues.length === 0) return t.value = n.value, t;
	let i = e.filter((e) => !y(e));
	return i.length === 1 ? (t.value = i[0].value, i[0]) : (t.issues.push({
		code: "invalid_union",
		input: t.value,
		inst: n,
		errors: e.map((e) => e.issues.map((e) => x(e, r, O())))
	}), t);
}
var xr = /*@__PURE__*/ T("$ZodUnion", (e, t) => {
	A.init(e, t), w(e, "optin", (e) => e.def.options.some((e) => e._zod.optin === "defaulted") ? "defaulted" : e.def.options.some((e) => e._zod.optin !== void 0) ? "optional" : void 0), w(e, "optout", (e) => e.def.options.some((e) => e._zod.optout === "optional") ? "optional" : void 0), w(e, "values", (e) => {
		if (e.def.options.every((e) => e._zod.values)) return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
	}), w(e, "pattern", (e) => {
		if (e.def.options.every((e) => e._zod.pattern)) {
			let t = e.def.options.map((e) => e._zod.pattern);
			return RegExp(`^(${t.map((e) => o(e.source)).join("|")})$`);
		}
	});
	let n = t.options.length === 1 ? t.options[0]._zod.run : null;
	e._zod.parse = (r, i) => {
		if (n) return n(r, i);
		let a = !1, o = [];
		for (let e of t.options) {
			let t = e._zod.run({
				value: r.value,
				issues: []
			}, i);
			if (t instanceof Promise) o.push(t), a = !0;
			else {
				if (t.issues.length === 0) return t;
				o.push(t);
			}
		}
		return a ? Promise.all(o).then((t) => br(t, r, e, i)) : br(o, r, e, i);
	};
}), Sr = /*@__PURE__*/ T("$ZodIntersection", (e, t) => {
	A.init(e, t), e._zod.parse = (e, n) => {
		let r = e.value, i = t.left._zod.run({
			value: r,
			issues: []
		}, n), a = t.right._zod.run({
			value: r,
			issues: []
		}, n);
		return i instanceof Promise || a instanceof Promise ? Promise.all([i, a]).then(([t, n]) => wr(e, t, n)) : wr(e, i, a);
	};
});
function Cr(e, t) {
	if (e === t || e instanceof Date && t instanceof Date && +e == +t) return {
		valid: !0,
		data: e
	};
	if (g(e) && g(t)) {
		let n = Object.keys(t), r = Object.keys(e).filter((e) => n.indexOf(e) !== -1), i = {
			...e,
			...t
		};
		Object.prototype.hasOwnProperty.call(i, "__proto__") && delete i.__proto__;
		for (let n of r) {
			if (n === "__proto__") continue;
			let r = Cr(e[n], t[n]);
			if (!r.valid) return {
				valid: !1,
				mergeErrorPath: [n, ...r.mergeErrorPath]
			};
			i[n] = r.data;
		}
		return {
			valid: !0,
			data: i
		};
	}
	if (Array.isArray(e) && Array.isArray(t)) {
		if (e.length !== t.length) return {
			valid: !1,
			mergeErrorPath: []
		};
		let n = [];
		for (let r = 0; r < e.length; r++) {
			let i = e[r], a = t[r], o = Cr(i, a);
			if (!o.valid) return {
				valid: !1,
				mergeErrorPath: [r, ...o.mergeErrorPath]
			};
			n.push(o.data);
		}
		return {
			valid: !0,
			data: n
		};
	}
	return {
		valid: !1,
		mergeErrorPath: []
	};
}
function wr(e, t, n) {
	let r = /* @__PURE__ */ new Map(), i, a = /* @__PURE__ */ new Map(), o = (e, t) => {
		let n;
		if (e.code === "unrecognized_keys" && !e.path?.length) i ??= e, n = e.keys;
		else if (e.code === "invalid_key" && e.origin === "record" && e.path?.length === 1) {
			let t = String(e.path[0]);
			a.has(t) || a.set(t, e), n = [t];
		} else return !1;
		for (let e of n) r.has(e) || r.set(e, {}), r.get(e)[t] = !0;
		return !0;
	};
	for (let n of t.issues) o(n, "l") || e.issues.push(n);
	for (let t of n.issues) o(t, "r") || e.issues.push(t);
	let s = [...r].filter(([, e]) => e.l && e.r).map(([e]) => e);
	if (s.length) {
		let t = i ? s.filter((e) => i.keys.includes(e)) : [];
		t.length && e.issues.push({
			...i,
			keys: t
		});
		for (let n of s) !t.includes(n) && a.has(n) && e.issues.push(a.get(n));
	}
	let c = Cr(t.value, n.value);
	if (!c.valid) {
		if (y(e)) return e;
		throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
	}
	return e.value = c.data, e;
}
var Tr = /*@__PURE__*/ T("$ZodEnum", (t, n) => {
	A.init(t, n);
	let r = e(n.entries), i = new Set(r);
	t._zod.values = i, w(t, "pattern", (t) => {
		let n = e(t.def.entries).filter((e) => oe.has(typeof e));
		return RegExp(n.length ? `^(${n.map((e) => se(e.toString())).join("|")})$` : "^[^\\s\\S]$");
	}), t._zod.parse = (e, n) => {
		let a = e.value;
		return i.has(a) || e.issues.push({
			code: "invalid_value",
			values: r,
			input: a,
			inst: t
		}), e;
	};
}), Er = /*@__PURE__*/ T("$ZodTransform", (e, t) => {
	A.init(e, t), e._zod.optin = "optional", D.memoizer?.guard(e), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new We(e.constructor.name);
		let i = t.transform(n.value, n);
		if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => (n.value = e, n));
		if (i instanceof Promise) throw new E();
		return n.value = i, n;
	};
});
function Dr(e, t) {
	return e.value = t.issues.length ? void 0 : t.value, e;
}
var Or = /*@__PURE__*/ T("$ZodOptional", (e, t) => {
	A.init(e, t), w(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), e._zod.optout = "optional", w(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? /* @__PURE__ */ new Set([...t, void 0]) : void 0;
	}), w(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${o(t.source)})?$`) : void 0;
	}), e._zod.parse = (e, n) => {
		if (e.value === void 0) {
			if (t.innerType._zod.optin !== "defaulted") return e;
			let r = t.innerType._zod.run({
				value: e.value,
				issues: []
			}, n);
			return r instanceof Promise ? r.then((t) => Dr(e, t)) : Dr(e, r);
		}
		return t.innerType._zod.run(e, n);
	};
}), kr = /*@__PURE__*/ T("$ZodExactOptional", (e, t) => {
	Or.init(e, t), w(e, "values", (e) => e.def.innerType._zod.values), w(e, "pattern", (e) => e.def.innerType._zod.pattern), e._zod.parse = (e, n) => t.innerType._zod.run(e, n);
}), Ar = /*@__PURE__*/ T("$ZodNullable", (e, t) => {
	A.init(e, t), w(e, "optin", (e) => e.def.innerType._zod.optin), w(e, "optout", (e) => e.def.innerType._zod.optout), w(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${o(t.source)}|null)$`) : void 0;
	}), w(e, "values", (e) => e.def.innerType._zod.values ? /* @__PURE__ */ new Set([...e.def.innerType._zod.values, null]) : void 0), e._zod.parse = (e, n) => e.value === null ? e : t.innerType._zod.run(e, n);
}), jr = /*@__PURE__*/ T("$ZodDefault", (e, t) => {
	A.init(e, t), e._zod.optin = "defaulted", w(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		if (e.value === void 0) return e.value = t.defaultValue, e;
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => Mr(e, t)) : Mr(r, t);
	};
});
function Mr(e, t) {
	return e.value === void 0 && (e.value = t.defaultValue), e;
}
var Nr = /*@__PURE__*/ T("$ZodPrefault", (e, t) => {
	A.init(e, t), e._zod.optin = "defaulted", w(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => (n.direction === "backward" || e.value === void 0 && (e.value = t.defaultValue), t.innerType._zod.run(e, n));
}), Pr = /*@__PURE__*/ T("$ZodNonOptional", (e, t) => {
	A.init(e, t), w(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
	}), e._zod.parse = (n, r) => {
		let i = t.innerType._zod.run(n, r);
		return i instanceof Promise ? i.then((t) => Fr(t, e)) : Fr(i, e);
	};
});
function Fr(e, t) {
	return !e.issues.length && e.value === void 0 && e.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: e.value,
		inst: t
	}), e;
}
function Ir(e, t, n, r) {
	return t.issues.length ? (e.value = n.catchValue({
		...t,
		value: e.value,
		error: { issues: t.issues.map((e) => x(e, r, O())) },
		input: e.value
	}), e) : (e.value = t.value, t.memo && (e.memo = !0), e);
}
var Lr = /*@__PURE__*/ T("$ZodCatch", (e, t) => {
	A.init(e, t), w(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), w(e, "optout", (e) => e.def.innerType._zod.optout), w(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run({
			value: e.value,
			issues: []
		}, n);
		return r instanceof Promise ? r.then((r) => Ir(e, r, t, n)) : Ir(e, r, t, n);
	};
}), Rr = /*@__PURE__*/ T("$ZodPipe", (e, t) => {
	A.init(e, t), w(e, "values", (e) => e.def.in._zod.values), w(e, "optin", (e) => e.def.in._zod.optin), w(e, "optout", (e) => e.def.out._zod.optout), w(e, "propValues", (e) => e.def.in._zod.propValues), e._zod.parse = (e, n) => {
		if (n.direction === "backward") {
			let r = t.out._zod.run(e, n);
			return r instanceof Promise ? r.then((e) => zr(e, t.in, n)) : zr(r, t.in, n);
		}
		let r = t.in._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => zr(e, t.out, n)) : zr(r, t.out, n);
	};
});
function zr(e, t, n) {
	return e.issues.some((e) => e.code !== "unrecognized_keys") ? (e.aborted = !0, e) : t._zod.run({
		value: e.value,
		issues: e.issues
	}, n);
}
var Br = /*@__PURE__*/ T("$ZodPreprocess", (e, t) => {
	Rr.init(e, t);
}), Vr = /*@__PURE__*/ T("$ZodReadonly", (e, t) => {
	A.init(e, t), w(e, "propValues", (e) => e.def.innerType._zod.propValues), w(e, "values", (e) => e.def.innerType._zod.values), w(e, "optin", (e) => e.def.innerType?._zod?.optin), w(e, "optout", (e) => e.def.innerType?._zod?.optout), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then(Hr) : Hr(r);
	};
});
function Hr(e) {
	return e.memo || (e.value = Object.freeze(e.value)), e;
}
var Ur = /*@__PURE__*/ T("$ZodCustom", (e, t) => {
	k.init(e, t), A.init(e, t), e._zod.parse = (e, t) => e, e._zod.check = (n) => {
		let r = n.value, i = t.fn(r);
		if (i instanceof Promise) return i.then((t) => Wr(t, n, r, e));
		Wr(i, n, r, e);
	};
});
function Wr(e, t, n, r) {
	if (!e) {
		let e = {
			code: "custom",
			input: n,
			inst: r,
			path: [...r._zod.def.path ?? []],
			continue: !r._zod.def.abort
		};
		r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(ke(e));
	}
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js
var Gr = class extends Error {
	constructor() {
		super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
	}
}, Kr = "~memo", qr = [];
function Jr(e) {
	return typeof e == "object" && !!e;
}
function Yr(e) {
	return e.map((e) => e.path ? {
		...e,
		path: e.path.slice()
	} : { ...e });
}
var Xr = /*@__PURE__*/ new WeakMap(), M = 0, Zr = 1, Qr = 2;
function $r(e, t, n) {
	let r = Xr.get(e);
	if (r !== void 0) return r ? Qr : M;
	if (t.has(e)) return Qr;
	t.add(e);
	let i = M, a = (e) => {
		if (i !== Qr && e?._zod) {
			let r = $r(e, t, n);
			r > i && (i = r);
		}
	}, o = (e, r) => {
		let i = M;
		for (let a of Reflect.ownKeys(e)) {
			let o = Object.getOwnPropertyDescriptor(e, a);
			if (r && !o.enumerable) continue;
			let s = o.get ? Zr : o.value?._zod ? $r(o.value, t, n) : M;
			s > i && (i = s);
		}
		return i;
	}, s = (e) => {
		e > i && (i = e);
	}, c = e._zod.def;
	switch (c.type) {
		case "object": {
			let e = l(c);
			s(e ? o(e, !0) : Zr), a(c.catchall);
			break;
		}
		case "array":
			a(c.element);
			break;
		case "tuple":
			for (let e of c.items) a(e);
			a(c.rest);
			break;
		case "record":
		case "map":
			a(c.keyType), a(c.valueType);
			break;
		case "set":
			a(c.valueType);
			break;
		case "union":
			for (let e of c.options) a(e);
			break;
		case "intersection":
			a(c.left), a(c.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			a(c.innerType);
			break;
		case "pipe":
			a(c.in), a(c.out);
			break;
		case "function":
			a(c.input), a(c.output);
			break;
		case "lazy": {
			let r = c._cachedInner ?? (n ? e._zod.innerType : void 0);
			s(r ? $r(r, t, !1) : Zr);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (let e in c) {
			let t = Object.getOwnPropertyDescriptor(c, e);
			if (!t || t.get) continue;
			let n = t.value;
			if (n && typeof n == "object") {
				if (n._zod) a(n);
				else if (Array.isArray(n)) for (let e of n) a(e);
			}
		}
	}
	return t.delete(e), ei(e, i);
}
function ei(e, t) {
	return t !== Zr && Xr.set(e, t === Qr), t;
}
function ti(e, t) {
	let n = e.buckets.get(t);
	return n || (n = /* @__PURE__ */ new WeakMap(), e.buckets.set(t, n)), n;
}
var ni, ri = [], ii = {
	alloc(e, t, n) {
		let r = ni;
		if (!r) return n;
		ni = void 0;
		let i = {
			value: n,
			issues: null
		};
		return r.set(t.value, i), ri.push(i), n;
	},
	guard(e) {
		var t;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, n = (e, n) => {
				if (n.direction !== "backward" && oi(n, e.value)) throw new Gr();
				return t(e, n);
			};
			e._zod.parse = n, e._zod.run === t && (e._zod.run = n);
		});
	},
	attach(e) {
		var t;
		let n, r = !1, i, a;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, o = (s, c) => {
				if (n === void 0) {
					let i = $r(e, /* @__PURE__ */ new Set(), !1);
					if (i === M) return e._zod.parse = t, e._zod.run === o && (e._zod.run = t), t(s, c);
					i === Qr || r ? n = !0 : r = !0;
				}
				let l = s.value;
				if (!Jr(l)) return t(s, c);
				let u = c[Kr];
				u || (u = {
					buckets: /* @__PURE__ */ new WeakMap(),
					backEdges: void 0
				}, c[Kr] = u);
				let d;
				i === c ? d = a : (d = ti(u, e), i = c, a = d);
				let f = d.get(l);
				if (f) return s.value = f.value, f.issues ? f.issues.length && s.issues.push(...Yr(f.issues)) : (s.memo = !0, u.backEdges ?? (u.backEdges = /* @__PURE__ */ new WeakSet()), u.backEdges.add(f.value)), s;
				ni = d;
				let p = ri.length, m = t(s, c);
				ni = void 0;
				let h = ri.length > p ? ri.pop() : void 0;
				return m instanceof Promise ? m.then((e) => (h && (h.issues = e.issues.length ? Yr(e.issues) : qr), e)) : (h && (h.issues = m.issues.length ? Yr(m.issues) : qr), m);
			};
			e._zod.parse = o, e._zod.run === t && (e._zod.run = o);
		});
	}
};
function ai() {
	return ii;
}
function oi(e, t) {
	let n = e[Kr]?.backEdges;
	return n !== void 0 && Jr(t) && n.has(t);
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/en.js
var si = () => {
	let e = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function n(t) {
		return e[t] ?? null;
	}
	let r = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	}, i = { nan: "NaN" };
	function a(e, t) {
		return e === "number" && typeof t == "number" && !Number.isFinite(t) ? String(t) : i[e] ?? e;
	}
	return (e) => {
		switch (e.code) {
			case "invalid_type": return `Invalid input: expected ${a(e.expected)}, received ${a(Oe(e.input), e.input)}`;
			case "invalid_value": return e.values.length === 1 ? `Invalid input: expected ${ce(e.values[0])}` : `Invalid option: expected one of ${t(e.values, "|")}`;
			case "too_big": {
				let t = e.exact ? "exactly " : e.inclusive ? "<=" : "<", r = n(e.origin);
				return r ? `Too big: expected ${e.origin ?? "value"} to have ${t}${e.maximum.toString()} ${r.unit ?? "elements"}` : `Too big: expected ${e.origin ?? "value"} to be ${t}${e.maximum.toString()}`;
			}
			case "too_small": {
				let t = e.exact ? "exactly " : e.inclusive ? ">=" : ">", r = n(e.origin);
				return r ? `Too small: expected ${e.origin} to have ${t}${e.minimum.toString()} ${r.unit}` : `Too small: expected ${e.origin} to be ${t}${e.minimum.toString()}`;
			}
			case "invalid_format": {
				let t = e;
				return t.format === "starts_with" ? `Invalid string: must start with "${t.prefix}"` : t.format === "ends_with" ? `Invalid string: must end with "${t.suffix}"` : t.format === "includes" ? `Invalid string: must include "${t.includes}"` : t.format === "regex" ? `Invalid string: must match pattern ${t.pattern}` : `Invalid ${r[t.format] ?? e.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${e.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${e.keys.length > 1 ? "s" : ""}: ${t(e.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${e.origin}`;
			case "invalid_union": return e.options && Array.isArray(e.options) && e.options.length > 0 ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(" | ")}` : e.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
			case "invalid_element": return `Invalid value in ${e.origin}`;
			default: return "Invalid input";
		}
	};
};
function ci() {
	return { localeError: si() };
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js
var li, ui = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
	}
	add(e, ...t) {
		let n = t[0];
		return this._map.set(e, n), n && typeof n == "object" && "id" in n && this._idmap.set(n.id, e), this;
	}
	clear() {
		return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
	}
	remove(e) {
		let t = this._map.get(e);
		return t && typeof t == "object" && "id" in t && this._idmap.delete(t.id), this._map.delete(e), this;
	}
	get(e) {
		let t = e._zod.parent;
		if (t) {
			let n = { ...this.get(t) ?? {} };
			delete n.id;
			let r = {
				...n,
				...this._map.get(e)
			};
			return Object.keys(r).length ? r : void 0;
		}
		return this._map.get(e);
	}
	has(e) {
		return this._map.has(e);
	}
};
function di() {
	return new ui();
}
(li = globalThis).__zod_globalRegistry ?? (li.__zod_globalRegistry = di());
var N = globalThis.__zod_globalRegistry;
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
function fi(e) {
	return e.checks &&= [...e.checks], e;
}
// @__NO_SIDE_EFFECTS__
function pi(e, t) {
	return new e(fi({
		type: "string",
		...v(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function mi(e, t) {
	return new e({
		type: "string",
		format: "email",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function hi(e, t) {
	return new e({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function gi(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function _i(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v4",
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function vi(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v6",
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function yi(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v7",
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function bi(e, t) {
	return new e({
		type: "string",
		format: "url",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function xi(e, t) {
	return new e({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Si(e, t) {
	return new e({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ci(e, t) {
	return new e({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function wi(e, t) {
	return new e({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ti(e, t) {
	return new e({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ei(e, t) {
	return new e({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Di(e, t) {
	return new e({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Oi(e, t) {
	return new e({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ki(e, t) {
	return new e({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ai(e, t) {
	return new e({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ji(e, t) {
	return new e({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Mi(e, t) {
	return new e({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ni(e, t) {
	return new e({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Pi(e, t) {
	return new e({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Fi(e, t) {
	return new e({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: !1,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ii(e, t) {
	return new e({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: !1,
		local: !1,
		precision: null,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Li(e, t) {
	return new e({
		type: "string",
		format: "date",
		check: "string_format",
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ri(e, t) {
	return new e({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function zi(e, t) {
	return new e({
		type: "string",
		format: "duration",
		check: "string_format",
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Bi(e, t) {
	return new e(fi({
		type: "number",
		checks: [],
		...v(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function Vi(e, t) {
	return new e(fi({
		type: "number",
		coerce: !0,
		checks: [],
		...v(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function Hi(e, t) {
	return new e({
		type: "number",
		check: "number_format",
		abort: !1,
		format: "safeint",
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ui(e, t) {
	return new e({
		type: "boolean",
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Wi(e) {
	return new e({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function Gi(e, t) {
	return new e({
		type: "never",
		...v(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ki(e, t) {
	return new $t({
		check: "less_than",
		...v(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function qi(e, t) {
	return new $t({
		check: "less_than",
		...v(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Ji(e, t) {
	return new en({
		check: "greater_than",
		...v(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Yi(e, t) {
	return new en({
		check: "greater_than",
		...v(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Xi(e, t) {
	return new tn({
		check: "multiple_of",
		...v(t),
		value: e
	});
}
// @__NO_SIDE_EFFECTS__
function Zi(e, t) {
	return new rn({
		check: "max_length",
		...v(t),
		maximum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Qi(e, t) {
	return new an({
		check: "min_length",
		...v(t),
		minimum: e
	});
}
// @__NO_SIDE_EFFECTS__
function $i(e, t) {
	return new on({
		check: "length_equals",
		...v(t),
		length: e
	});
}
// @__NO_SIDE_EFFECTS__
function ea(e, t) {
	return new cn({
		check: "string_format",
		format: "regex",
		...v(t),
		pattern: e
	});
}
// @__NO_SIDE_EFFECTS__
function ta(e) {
	return new ln({
		check: "string_format",
		format: "lowercase",
		...v(e)
	});
}
// @__NO_SIDE_EFFECTS__
function na(e) {
	return new un({
		check: "string_format",
		format: "uppercase",
		...v(e)
	});
}
// @__NO_SIDE_EFFECTS__
function ra(e, t) {
	return new dn({
		check: "string_format",
		format: "includes",
		...v(t),
		includes: e
	});
}
// @__NO_SIDE_EFFECTS__
function ia(e, t) {
	return new fn({
		check: "string_format",
		format: "starts_with",
		...v(t),
		prefix: e
	});
}
// @__NO_SIDE_EFFECTS__
function aa(e, t) {
	return new pn({
		check: "string_format",
		format: "ends_with",
		...v(t),
		suffix: e
	});
}
// @__NO_SIDE_EFFECTS__
function P(e) {
	return new mn({
		check: "overwrite",
		tx: e
	});
}
// @__NO_SIDE_EFFECTS__
function oa(e) {
	return /* @__PURE__ */ P((t) => t.normalize(e));
}
// @__NO_SIDE_EFFECTS__
function sa() {
	return /* @__PURE__ */ P((e) => e.trim());
}
// @__NO_SIDE_EFFECTS__
function ca() {
	return /* @__PURE__ */ P((e) => e.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function la() {
	return /* @__PURE__ */ P((e) => e.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function ua() {
	return /* @__PURE__ */ P((e) => te(e));
}
// @__NO_SIDE_EFFECTS__
function da(e, t, n) {
	return new e({
		type: "array",
		element: t,
		...v(n)
	});
}
// @__NO_SIDE_EFFECTS__
function fa(e, t, n) {
	return new e({
		type: "custom",
		check: "custom",
		fn: t,
		...v(n)
	});
}
// @__NO_SIDE_EFFECTS__
function pa(e, t) {
	let n = /* @__PURE__ */ ma((t) => (t.addIssue = (e) => {
		if (typeof e == "string") t.issues.push(ke(e, t.value, n._zod.def));
		else {
			let r = e;
			r.fatal && (r.continue = !1), r.code ??= "custom", "input" in r || (r.input = t.value), r.inst ??= n, r.continue ??= !n._zod.def.abort, t.issues.push(ke(r));
		}
	}, e(t.value, t)), t);
	return n;
}
// @__NO_SIDE_EFFECTS__
function ma(e, t) {
	let n = new k({
		check: "custom",
		...v(t)
	});
	return n._zod.check = e, n;
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js
function ha(e, ...t) {
	for (let n of t) for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && c(e, t, n[t]);
	return e;
}
function ga(e) {
	let t = e?.target ?? "draft-2020-12";
	return t === "draft-4" && (t = "draft-04"), t === "draft-7" && (t = "draft-07"), {
		processors: e.processors ?? {},
		metadataRegistry: e?.metadata ?? N,
		target: t,
		unrepresentable: e?.unrepresentable ?? "throw",
		override: e?.override ?? (() => {}),
		io: e?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: e?.cycles ?? "ref",
		reused: e?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: e?.external ?? void 0
	};
}
function F(e, t, n, r, i) {
	let a = typeof t.unrepresentable == "function" ? t.unrepresentable({
		zodSchema: e,
		path: r.path,
		message: i
	}) : t.unrepresentable;
	if (a === "any") return !1;
	if (a === void 0 || a === "throw") throw Error(i);
	return Object.assign(n, a), !0;
}
function I(e, t, n = {
	path: [],
	schemaPath: []
}) {
	var r;
	let i = e._zod.def, a = t.seen.get(e);
	if (a) return a.count++, n.schemaPath.includes(e) && (a.cycle = n.path), a.schema;
	let o = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: n.path
	};
	t.seen.set(e, o), t.sharedDefsExtractedFor = void 0, t.sharedEmitDoneFor = void 0;
	let s = e._zod.toJSONSchema?.();
	if (s) o.schema = s;
	else {
		let r = {
			...n,
			schemaPath: [...n.schemaPath, e],
			path: n.path
		};
		if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, o.schema, r);
		else {
			let n = o.schema, a = t.processors[i.type];
			if (!a) throw Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);
			a(e, t, n, r);
		}
		let a = e._zod.parent;
		a && (o.ref ||= a, I(a, t, r), t.seen.get(a).isParent = !0);
	}
	let c = t.metadataRegistry.get(e);
	return c && ha(o.schema, c), t.io === "input" && L(e) && (delete o.schema.examples, delete o.schema.default), t.io === "input" && "_prefault" in o.schema && ((r = o.schema).default ?? (r.default = o.schema._prefault)), delete o.schema._prefault, t.seen.get(e).schema;
}
function _a(e) {
	return e.replace(/~/g, "~0").replace(/\//g, "~1");
}
function va(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	if (e.external && e.sharedDefsExtractedFor === e.external) return;
	let r = /* @__PURE__ */ new Map();
	for (let t of e.seen.entries()) {
		let n = e.metadataRegistry.get(t[0])?.id;
		if (n) {
			let e = r.get(n);
			if (e && e !== t[0]) throw Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			r.set(n, t[0]);
		}
	}
	let i = (t) => {
		let r = e.target === "draft-2020-12" ? "$defs" : "definitions";
		if (e.external) {
			let n = e.external.registry.get(t[0])?.id, i = e.external.uri ?? ((e) => e);
			if (n) return { ref: i(n) };
			let a = t[1].defId ?? t[1].schema.id ?? `schema${e.counter++}`;
			return t[1].defId = a, {
				defId: a,
				ref: `${i("__shared")}#/${r}/${_a(a)}`
			};
		}
		let i = `#/${r}/`;
		if (t[1] === n && !t[1].schema.id) return { ref: "#" };
		let a = t[1].schema.id ?? `__schema${e.counter++}`;
		return {
			defId: a,
			ref: i + _a(a)
		};
	}, a = (e) => {
		if (e[1].schema.$ref) return;
		let t = e[1], { ref: n, defId: r } = i(e);
		t.def = { ...t.schema }, r && (t.defId = r);
		let a = t.schema;
		for (let e in a) delete a[e];
		a.$ref = n;
	};
	if (e.cycles === "throw") for (let t of e.seen.entries()) {
		let e = t[1];
		if (e.cycle) throw Error(`Cycle detected: #/${e.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (let n of e.seen.entries()) {
		let r = n[1];
		if (t === n[0]) a(n);
		else {
			if (e.external) {
				let r = e.external.registry.get(n[0])?.id;
				if (t !== n[0] && r) {
					a(n);
					continue;
				}
			}
			(e.metadataRegistry.get(n[0])?.id || r.cycle || r.count > 1 && e.reused === "ref") && a(n);
		}
	}
	e.external && (e.sharedDefsExtractedFor = e.external);
}
function ya(e) {
	let t = e.anyOf;
	if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
	let n = [];
	for (let e of t) {
		if (!e || typeof e != "object") return;
		ya(e);
		let t = Object.keys(e);
		if (t.length !== 1 || t[0] !== "type") return;
		let r = e.type;
		for (let e of Array.isArray(r) ? r : [r]) {
			if (typeof e != "string") return;
			n.includes(e) || n.push(e);
		}
	}
	delete e.anyOf, e.type = n.length === 1 ? n[0] : n;
}
var ba = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]), xa = ["oneOf", "anyOf"];
function Sa(e) {
	let t = e.additionalProperties;
	return t === void 0 || t === !1 || typeof t != "object" || !t ? null : Object.keys(t).length ? t : null;
}
function Ca(e) {
	let t = [];
	for (let n of e) {
		if (typeof n != "object" || n.type !== "object") return null;
		for (let e in n) if (!ba.has(e)) return null;
		t.push(n);
	}
	let n = {}, r = /* @__PURE__ */ new Set();
	for (let e of t) {
		for (let r in e.properties) {
			if (Object.prototype.hasOwnProperty.call(n, r)) continue;
			let e = [];
			for (let n of t) {
				let t = n.properties?.[r] ?? Sa(n);
				t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
			}
			c(n, r, e.length === 1 ? e[0] : Ca(e) ?? { allOf: e });
		}
		for (let t of e.required ?? []) r.add(t);
	}
	let i = {
		type: "object",
		properties: n
	};
	if (r.size && (i.required = [...r]), t.every((e) => e.additionalProperties === !1)) i.additionalProperties = !1;
	else {
		let e = [];
		for (let n of t) {
			let t = Sa(n);
			t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
		}
		e.length === 1 ? i.additionalProperties = e[0] : e.length > 1 && (i.additionalProperties = { allOf: e });
	}
	return i;
}
function wa(e) {
	let t = e.allOf;
	if (!Array.isArray(t) || t.length < 2) return;
	for (let t of ba) if (t in e) return;
	let n = t.filter((e) => xa.some((t) => Array.isArray(e[t]))), r = null;
	if (!n.length) r = Ca(t);
	else {
		let e = n[0], i = xa.find((t) => Array.isArray(e[t]));
		if (Object.keys(e).length !== 1) return;
		let a = t.filter((t) => t !== e), o = e[i].map((e) => Ca([...a, e]));
		if (o.some((e) => !e)) return;
		r = { [i]: o };
	}
	r && (delete e.allOf, ha(e, r));
}
function Ta(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	let r = (t) => {
		let n = e.seen.get(t);
		if (n.ref === null) return;
		let i = n.def ?? n.schema, a = { ...i }, o = n.ref;
		if (n.ref = null, o) {
			r(o);
			let n = e.seen.get(o), s = n.schema;
			if (s.$ref && (e.target === "draft-07" || e.target === "draft-04" || e.target === "openapi-3.0") ? (i.allOf = i.allOf ?? [], i.allOf.push(s)) : ha(i, s), ha(i, a), t._zod.parent === o) for (let e in i) e !== "$ref" && e !== "allOf" && (e in a || delete i[e]);
			if (s.$ref && n.def) for (let e in i) e !== "$ref" && e !== "allOf" && e in n.def && JSON.stringify(i[e]) === JSON.stringify(n.def[e]) && delete i[e];
		}
		let s = t._zod.parent;
		if (s && s !== o) {
			r(s);
			let t = e.seen.get(s);
			if (t?.schema.$ref && (i.$ref = t.schema.$ref, t.def)) for (let e in i) e !== "$ref" && e !== "allOf" && e in t.def && JSON.stringify(i[e]) === JSON.stringify(t.def[e]) && delete i[e];
		}
		e.override({
			zodSchema: t,
			jsonSchema: i,
			path: n.path ?? []
		});
	};
	if (!e.external || e.sharedEmitDoneFor !== e.external) {
		for (let t of [...e.seen.entries()].reverse()) r(t[0]);
		if (e.target !== "openapi-3.0") for (let t of e.seen.entries()) ya(t[1].def ?? t[1].schema);
		for (let t of e.deferred) t();
		if (e.intersections.length) {
			let t = /* @__PURE__ */ new Map();
			for (let n of e.seen.values()) for (let e of [n.schema, n.def]) {
				let n = e?.allOf;
				if (!Array.isArray(n)) continue;
				let r = t.get(n);
				r ? r.push(e) : t.set(n, [e]);
			}
			for (let n of e.intersections) for (let e of t.get(n) ?? []) wa(e);
		}
	}
	let i = {};
	if (e.target === "draft-2020-12" ? i.$schema = "https://json-schema.org/draft/2020-12/schema" : e.target === "draft-07" ? i.$schema = "http://json-schema.org/draft-07/schema#" : e.target === "draft-04" ? i.$schema = "http://json-schema.org/draft-04/schema#" : e.target, e.external?.uri) {
		let n = e.external.registry.get(t)?.id;
		if (!n) throw Error("Schema is missing an `id` property");
		i.$id = e.external.uri(n);
	}
	ha(i, n.defId ? n.schema : n.def ?? n.schema);
	let a = e.metadataRegistry.get(t)?.id;
	a !== void 0 && i.id === a && delete i.id;
	let o = e.external?.defs ?? {};
	if (!e.external || e.sharedEmitDoneFor !== e.external) for (let t of e.seen.entries()) {
		let e = t[1];
		e.def && e.defId && (e.def.id === e.defId && delete e.def.id, c(o, e.defId, e.def));
	}
	e.external && (e.sharedEmitDoneFor = e.external), e.external || Object.keys(o).length > 0 && (e.target === "draft-2020-12" ? i.$defs = o : i.definitions = o);
	try {
		let n = JSON.parse(JSON.stringify(i));
		return Object.defineProperty(n, "~standard", {
			value: {
				...t["~standard"],
				jsonSchema: {
					input: Da(t, "input", e.processors),
					output: Da(t, "output", e.processors)
				}
			},
			enumerable: !1,
			writable: !1
		}), n;
	} catch {
		throw Error("Error converting schema to JSON.");
	}
}
function L(e, t) {
	let n = t ?? { seen: /* @__PURE__ */ new Set() };
	if (n.seen.has(e)) return !1;
	n.seen.add(e);
	let r = e._zod.def;
	if (r.type === "transform") return !0;
	if (r.type === "array") return L(r.element, n);
	if (r.type === "set") return L(r.valueType, n);
	if (r.type === "lazy") return L(r.getter(), n);
	if (r.type === "promise" || r.type === "optional" || r.type === "nonoptional" || r.type === "nullable" || r.type === "readonly" || r.type === "default" || r.type === "prefault" || r.type === "catch") return L(r.innerType, n);
	if (r.type === "intersection") return L(r.left, n) || L(r.right, n);
	if (r.type === "record" || r.type === "map") return L(r.keyType, n) || L(r.valueType, n);
	if (r.type === "pipe") return e._zod.traits.has("$ZodCodec") ? !0 : L(r.in, n) || L(r.out, n);
	if (r.type === "object") {
		for (let e in r.shape) if (L(r.shape[e], n)) return !0;
		return !1;
	}
	if (r.type === "union") {
		for (let e of r.options) if (L(e, n)) return !0;
		return !1;
	}
	if (r.type === "tuple") {
		for (let e of r.items) if (L(e, n)) return !0;
		return !!(r.rest && L(r.rest, n));
	}
	return !1;
}
var Ea = (e, t = {}) => (n) => {
	let r = ga({
		...n,
		processors: t
	});
	return I(e, r), va(r, e), Ta(r, e);
}, Da = (e, t, n = {}) => (r) => {
	let { libraryOptions: i, target: a } = r ?? {}, o = ga({
		...i ?? {},
		target: a,
		io: t,
		processors: n
	});
	return I(e, o), va(o, e), Ta(o, e);
}, R = (e, t, n) => {
	(e[t] === void 0 || n > e[t]) && (e[t] = n);
}, z = (e, t, n) => {
	(e[t] === void 0 || n < e[t]) && (e[t] = n);
}, Oa = (e, t) => {
	R(e, "minimum", t), z(e, "maximum", t);
}, ka = (e, t) => {
	e.multipleOf ??= [], e.multipleOf.includes(t) || e.multipleOf.push(t);
}, Aa = (e, t) => {
	e.patterns ??= /* @__PURE__ */ new Set(), e.patterns.add(t);
}, ja = (e, t) => {
	e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
}, Ma = (e, t) => {
	e.format = t, t.includes("int") && (e.isInt = !0);
}, Na = (e, t) => R(e, "minimum", t.minimum), Pa = (e, t) => z(e, "maximum", t.maximum), Fa = (e) => (t, n) => {
	Ma(t, n.format);
	let [r, i] = e[n.format];
	R(t, "minimum", r), z(t, "maximum", i);
}, Ia = {
	greater_than: (e, t) => R(e, t.inclusive ? "minimum" : "exclusiveMinimum", t.value),
	less_than: (e, t) => z(e, t.inclusive ? "maximum" : "exclusiveMaximum", t.value),
	multiple_of: (e, t) => ka(e, t.value),
	number_format: Fa(ue),
	bigint_format: Fa(de),
	min_length: Na,
	max_length: Pa,
	length_equals: (e, t) => Oa(e, t.length),
	min_size: Na,
	max_size: Pa,
	size_equals: (e, t) => Oa(e, t.size),
	string_format: (e, t) => {
		Ma(e, t.format), t.pattern && Aa(e, t.pattern), (t.format === "base64" || t.format === "base64url") && (e.contentEncoding = t.format), (t.local || t.precision === -1) && (e.laxFormat = !0);
	},
	mime_type: (e, t) => ja(e, t.mime)
};
function B(e) {
	let t = {}, n = e._zod.def, r = e._zod.traits.has("$ZodCheck") ? [e, ...n.checks ?? []] : n.checks ?? [];
	for (let e of r) Ia[e._zod.def.check]?.(t, e._zod.def);
	let i = e._zod.bag;
	i.minimum !== void 0 && R(t, "minimum", i.minimum), i.exclusiveMinimum !== void 0 && R(t, "exclusiveMinimum", i.exclusiveMinimum), i.maximum !== void 0 && z(t, "maximum", i.maximum), i.exclusiveMaximum !== void 0 && z(t, "exclusiveMaximum", i.exclusiveMaximum), i.multipleOf !== void 0 && ka(t, i.multipleOf), i.format !== void 0 && (t.format ??= i.format, i.format.includes("int") && (t.isInt = !0)), i.mime && ja(t, i.mime);
	for (let e of i.patterns ?? []) Aa(t, e);
	return t;
}
var La = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
}, Ra = /* @__PURE__ */ new Map([[Zn, It], [$n, Lt]]), za = (e) => Ra.get(e) ?? e, Ba = (e, t, n, r) => {
	let i = n;
	i.type = "string";
	let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = B(e);
	if (typeof a == "number" && (i.minLength = a), typeof o == "number" && (i.maxLength = o), s && (i.format = La[s] ?? s, i.format === "" && delete i.format, (s === "time" || u) && delete i.format), l && (i.contentEncoding = l), c && c.size > 0) {
		let e = [...c].map(za);
		e.length === 1 ? i.pattern = e[0].source : e.length > 1 && (i.allOf = [...e.map((e) => ({
			...t.target === "draft-07" || t.target === "draft-04" || t.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: e.source
		}))]);
	}
}, Va = (e, t, n, r) => {
	let i = n, { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = B(e);
	i.type = u ? "integer" : "number";
	let d = typeof l == "number" && l >= (a ?? -Infinity), f = typeof c == "number" && c <= (o ?? Infinity), p = t.target === "draft-04" || t.target === "openapi-3.0";
	if (d ? p ? (i.minimum = l, i.exclusiveMinimum = !0) : i.exclusiveMinimum = l : typeof a == "number" && (i.minimum = a), f ? p ? (i.maximum = c, i.exclusiveMaximum = !0) : i.exclusiveMaximum = c : typeof o == "number" && (i.maximum = o), s) {
		let n = /* @__PURE__ */ new Set();
		for (let a of s) Number.isFinite(a) && a !== 0 ? n.add(Math.abs(a)) : F(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
		let [a, ...o] = n;
		a !== void 0 && (i.multipleOf = a), o.length && (i.allOf = [...i.allOf ?? [], ...o.map((e) => ({ multipleOf: e }))]);
	}
}, Ha = (e, t, n, r) => {
	n.type = "boolean";
}, Ua = (e, t, n, r) => {
	n.not = {};
}, Wa = (t, n, r, i) => {
	let a = t._zod.def, o = e(a.entries);
	o.length === 0 ? r.not = {} : (o.every((e) => typeof e == "number") && (r.type = "number"), o.every((e) => typeof e == "string") && (r.type = "string"), r.enum = o);
}, Ga = (e, t, n, r) => {
	F(e, t, n, r, "Custom types cannot be represented in JSON Schema");
}, Ka = (e, t, n, r) => {
	F(e, t, n, r, "Transforms cannot be represented in JSON Schema");
}, qa = (e, t, n, r) => {
	let i = n, a = e._zod.def, { minimum: o, maximum: s } = B(e);
	typeof o == "number" && (i.minItems = o), typeof s == "number" && (i.maxItems = s), i.type = "array", i.items = I(a.element, t, {
		...r,
		path: [...r.path, "items"]
	});
};
function Ja(e) {
	let t = e._zod.def;
	return t.type === "pipe" && t.in._zod.traits.has("$ZodTransform") ? Ja(t.out) : t.type === "catch" ? Ja(t.innerType) : e._zod.optin;
}
var Ya = (e, t, n, r) => {
	let i = n, a = e._zod.def, o = a.shape;
	if (Object.getOwnPropertySymbols(o).length && F(e, t, i, r, "Symbol keys cannot be represented in JSON Schema")) return;
	i.type = "object", i.properties = {};
	for (let e in o) c(i.properties, e, I(o[e], t, {
		...r,
		path: [
			...r.path,
			"properties",
			e
		]
	}));
	let s = [];
	for (let e of Object.keys(o)) {
		let n = a.shape[e];
		(t.io === "input" ? Ja(n) === void 0 : n._zod.optout === void 0) && s.push(e);
	}
	s.length > 0 && (i.required = s), a.catchall?._zod.def.type === "never" ? i.additionalProperties = !1 : a.catchall ? a.catchall && (i.additionalProperties = I(a.catchall, t, {
		...r,
		path: [...r.path, "additionalProperties"]
	})) : t.io === "output" && (i.additionalProperties = !1);
}, Xa = (e, t, n, r) => {
	let i = e._zod.def, a = i.inclusive === !1, o = i.options.map((e, n) => I(e, t, {
		...r,
		path: [
			...r.path,
			a ? "oneOf" : "anyOf",
			n
		]
	}));
	a ? n.oneOf = o : n.anyOf = o;
}, Za = (e, t, n, r) => {
	let i = e._zod.def, a = I(i.left, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			0
		]
	}), o = I(i.right, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			1
		]
	}), s = (e) => "allOf" in e && Object.keys(e).length === 1, c = [...s(a) ? a.allOf : [a], ...s(o) ? o.allOf : [o]];
	n.allOf = c, t.intersections.push(c);
}, Qa = (e, t, n, r) => {
	let i = e._zod.def, a = I(i.innerType, t, r), o = t.seen.get(e);
	t.target === "openapi-3.0" ? (o.ref = i.innerType, n.nullable = !0) : n.anyOf = [a, { type: "null" }];
}, $a = (e, t, n, r) => {
	let i = e._zod.def;
	I(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, eo = Symbol();
function to(e, t, n, r, i) {
	let a = !1, o = JSON.stringify(e, (e, t) => typeof t == "bigint" ? (a = !0, null) : t);
	return a ? (F(t, n, r, i, "BigInt defaults cannot be represented in JSON Schema"), eo) : JSON.parse(o);
}
var no = (e, t, n, r) => {
	let i = e._zod.def;
	I(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o = to(i.defaultValue, e, t, n, r);
	o !== eo && (n.default = o);
}, ro = (e, t, n, r) => {
	let i = e._zod.def;
	I(i.innerType, t, r);
	let a = t.seen.get(e);
	if (a.ref = i.innerType, t.io !== "input") return;
	let o = to(i.defaultValue, e, t, n, r);
	o !== eo && (n._prefault = o);
}, io = (e, t, n, r) => {
	let i = e._zod.def;
	I(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o;
	try {
		o = i.catchValue(void 0);
	} catch {
		F(e, t, n, r, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	n.default = o;
}, ao = (e, t, n, r) => {
	let i = e._zod.def, a = i.in._zod.traits.has("$ZodTransform"), o = t.io === "input" ? a ? i.out : i.in : i.out;
	I(o, t, r);
	let s = t.seen.get(e);
	s.ref = o;
}, oo = (e, t, n, r) => {
	let i = e._zod.def;
	I(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType, n.readOnly = !0;
}, so = (e, t, n, r) => {
	let i = e._zod.def;
	I(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, co = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function lo(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		get() {
			let e = n(this);
			return Object.defineProperty(this, t, {
				value: e,
				configurable: !0,
				writable: !0
			}), e;
		},
		set(e) {
			Object.defineProperty(this, t, {
				value: e,
				configurable: !0,
				writable: !0
			});
		}
	});
}
var V = /*@__PURE__*/ T("ZodError", (e, t) => {
	Xe.init(e, t), e.name = "ZodError";
	let r = Object.getPrototypeOf(e);
	co.has(r) || (co.add(r), lo(r, "format", (e) => (t) => $e(e, t)), lo(r, "flatten", (e) => (t) => Qe(e, t)), lo(r, "addIssue", (e) => (t) => {
		e.issues.push(t), e.message = JSON.stringify(e.issues, n, 2);
	}), lo(r, "addIssues", (e) => (t) => {
		e.issues.push(...t), e.message = JSON.stringify(e.issues, n, 2);
	}), Object.defineProperty(r, "isEmpty", {
		configurable: !0,
		enumerable: !1,
		get() {
			return this.issues.length === 0;
		}
	}));
}, void 0, { Parent: Error }), uo = /* @__PURE__ */ tt(V), fo = /* @__PURE__ */ nt(V), po = /* @__PURE__ */ rt(V), mo = /* @__PURE__ */ at(V), ho = /* @__PURE__ */ dt(V), go = /* @__PURE__ */ ft(V), _o = /* @__PURE__ */ pt(V), vo = /* @__PURE__ */ mt(V), yo = /* @__PURE__ */ ht(V), bo = /* @__PURE__ */ gt(V), xo = /* @__PURE__ */ _t(V), So = /* @__PURE__ */ vt(V);
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js
function Co() {
	D.localeError || O(ci());
}
function wo() {
	D.memoizer || O({ memoizer: ai() });
}
var H = /*@__PURE__*/ T("ZodType", (e, t) => (Co(), A.init(e, t), e.def = t, e.type = t.type, e), {
	check(...e) {
		let t = this.def;
		return this.clone(h(t, { checks: [...t.checks ?? [], ...e.map((e) => typeof e == "function" ? { _zod: {
			check: e,
			def: { check: "custom" },
			onattach: []
		} } : e)] }), { parent: !0 });
	},
	with(...e) {
		return this.check(...e);
	},
	clone(e, t) {
		return _(this, e, t);
	},
	brand() {
		return this;
	},
	register(e, t) {
		return e.add(this, t), this;
	},
	refine(e, t) {
		return this.check(Fs(e, t));
	},
	superRefine(e, t) {
		return this.check(Is(e, t));
	},
	overwrite(e) {
		return this.check(/* @__PURE__ */ P(e));
	},
	optional() {
		return gs(this);
	},
	exactOptional() {
		return vs(this);
	},
	nullable() {
		return bs(this);
	},
	nullish() {
		return gs(bs(this));
	},
	nonoptional(e) {
		return Es(this, e);
	},
	array() {
		return q(this);
	},
	or(e) {
		return ls([this, e]);
	},
	and(e) {
		return ds(this, e);
	},
	transform(e) {
		return As(this, ms(e));
	},
	default(e) {
		return Ss(this, e);
	},
	prefault(e) {
		return ws(this, e);
	},
	catch(e) {
		return Os(this, e);
	},
	pipe(e) {
		return As(this, e);
	},
	readonly() {
		return Ns(this);
	},
	describe(e) {
		let t = this.clone();
		return N.add(t, { description: e }), t;
	},
	meta(...e) {
		if (e.length === 0) return N.get(this);
		let t = this.clone();
		return N.add(t, e[0]), t;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(e, ...t) {
		return t.length === 0 ? e(this) : e(this, ...t);
	},
	get "~standard"() {
		return je(this, "~standard", {
			...yn(this),
			jsonSchema: {
				input: Da(this, "input"),
				output: Da(this, "output")
			}
		});
	},
	set "~standard"(e) {
		S(this, "~standard", e);
	},
	parse: function e(t, n) {
		return uo(this, t, n, { callee: e });
	},
	parseAsync: async function e(t, n) {
		return await fo(this, t, n, { callee: e });
	},
	safeParse(e, t) {
		return po(this, e, t);
	},
	async safeParseAsync(e, t) {
		return mo(this, e, t);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(e) {
		S(this, "spa", e);
	},
	validate(e, t) {
		return ct(this, e, t);
	},
	validateAsync(e, t) {
		return ut(this, e, t);
	},
	encode: function e(t, n) {
		return ho(this, t, n, { callee: e });
	},
	decode: function e(t, n) {
		return go(this, t, n, { callee: e });
	},
	encodeAsync: async function e(t, n) {
		return await _o(this, t, n, { callee: e });
	},
	decodeAsync: async function e(t, n) {
		return await vo(this, t, n, { callee: e });
	},
	safeEncode(e, t) {
		return yo(this, e, t);
	},
	safeDecode(e, t) {
		return bo(this, e, t);
	},
	async safeEncodeAsync(e, t) {
		return xo(this, e, t);
	},
	async safeDecodeAsync(e, t) {
		return So(this, e, t);
	},
	toJSONSchema(e) {
		return Ea(this, {})(e);
	},
	get description() {
		return N.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
}), To = /*@__PURE__*/ T("_ZodString", (e, t) => {
	bn.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ba(e, t, n, r);
}, /*@__PURE__*/ Me({
	format: (e) => B(e).format ?? null,
	minLength: (e) => B(e).minimum ?? null,
	maxLength: (e) => B(e).maximum ?? null
}, {
	regex(...e) {
		return this.check(/* @__PURE__ */ ea(...e));
	},
	includes(...e) {
		return this.check(/* @__PURE__ */ ra(...e));
	},
	startsWith(...e) {
		return this.check(/* @__PURE__ */ ia(...e));
	},
	endsWith(...e) {
		return this.check(/* @__PURE__ */ aa(...e));
	},
	min(...e) {
		return this.check(/* @__PURE__ */ Qi(...e));
	},
	max(...e) {
		return this.check(/* @__PURE__ */ Zi(...e));
	},
	length(...e) {
		return this.check(/* @__PURE__ */ $i(...e));
	},
	nonempty(...e) {
		return this.check(/* @__PURE__ */ Qi(1, ...e));
	},
	lowercase(e) {
		return this.check(/* @__PURE__ */ ta(e));
	},
	uppercase(e) {
		return this.check(/* @__PURE__ */ na(e));
	},
	trim() {
		return this.check(/* @__PURE__ */ sa());
	},
	normalize(...e) {
		return this.check(/* @__PURE__ */ oa(...e));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ ca());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ la());
	},
	slugify() {
		return this.check(/* @__PURE__ */ ua());
	}
})), Eo = /*@__PURE__*/ T("ZodString", (e, t) => {
	bn.init(e, t), To.init(e, t);
}, {
	email(e) {
		return this.check(/* @__PURE__ */ mi(jo, e));
	},
	url(e) {
		return this.check(/* @__PURE__ */ bi(Fo, e));
	},
	jwt(e) {
		return this.check(/* @__PURE__ */ Fi(Xo, e));
	},
	emoji(e) {
		return this.check(/* @__PURE__ */ xi(Io, e));
	},
	guid(e) {
		return this.check(/* @__PURE__ */ hi(No, e));
	},
	uuid(e) {
		return this.check(/* @__PURE__ */ gi(G, e));
	},
	uuidv4(e) {
		return this.check(/* @__PURE__ */ _i(G, e));
	},
	uuidv6(e) {
		return this.check(/* @__PURE__ */ vi(G, e));
	},
	uuidv7(e) {
		return this.check(/* @__PURE__ */ yi(G, e));
	},
	nanoid(e) {
		return this.check(/* @__PURE__ */ Si(Lo, e));
	},
	cuid(e) {
		return this.check(/* @__PURE__ */ Ci(Ro, e));
	},
	cuid2(e) {
		return this.check(/* @__PURE__ */ wi(zo, e));
	},
	ulid(e) {
		return this.check(/* @__PURE__ */ Ti(Bo, e));
	},
	base64(e) {
		return this.check(/* @__PURE__ */ Mi(qo, e));
	},
	base64url(e) {
		return this.check(/* @__PURE__ */ Ni(Jo, e));
	},
	xid(e) {
		return this.check(/* @__PURE__ */ Ei(Vo, e));
	},
	ksuid(e) {
		return this.check(/* @__PURE__ */ Di(Ho, e));
	},
	ipv4(e) {
		return this.check(/* @__PURE__ */ Oi(Uo, e));
	},
	ipv6(e) {
		return this.check(/* @__PURE__ */ ki(Wo, e));
	},
	cidrv4(e) {
		return this.check(/* @__PURE__ */ Ai(Go, e));
	},
	cidrv6(e) {
		return this.check(/* @__PURE__ */ ji(Ko, e));
	},
	e164(e) {
		return this.check(/* @__PURE__ */ Pi(Yo, e));
	},
	datetime(e) {
		return this.check(/* @__PURE__ */ Ii(Do, e));
	},
	date(e) {
		return this.check(/* @__PURE__ */ Li(Oo, e));
	},
	time(e) {
		return this.check(/* @__PURE__ */ Ri(ko, e));
	},
	duration(e) {
		return this.check(/* @__PURE__ */ zi(Ao, e));
	}
});
function U(e) {
	return /* @__PURE__ */ pi(Eo, e);
}
var W = /*@__PURE__*/ T("ZodStringFormat", (e, t) => {
	j.init(e, t), To.init(e, t);
}), Do = /*@__PURE__*/ T("ZodISODateTime", (e, t) => {
	zn.init(e, t), W.init(e, t);
}), Oo = /*@__PURE__*/ T("ZodISODate", (e, t) => {
	Bn.init(e, t), W.init(e, t);
}), ko = /*@__PURE__*/ T("ZodISOTime", (e, t) => {
	Vn.init(e, t), W.init(e, t);
}), Ao = /*@__PURE__*/ T("ZodISODuration", (e, t) => {
	Hn.init(e, t), W.init(e, t);
}), jo = /*@__PURE__*/ T("ZodEmail", (e, t) => {
	Cn.init(e, t), W.init(e, t);
});
function Mo(e) {
	return /* @__PURE__ */ mi(jo, e);
}
var No = /*@__PURE__*/ T("ZodGUID", (e, t) => {
	xn.init(e, t), W.init(e, t);
}), G = /*@__PURE__*/ T("ZodUUID", (e, t) => {
	Sn.init(e, t), W.init(e, t);
});
function Po(e) {
	return /* @__PURE__ */ gi(G, e);
}
var Fo = /*@__PURE__*/ T("ZodURL", (e, t) => {
	jn.init(e, t), W.init(e, t);
}), Io = /*@__PURE__*/ T("ZodEmoji", (e, t) => {
	Mn.init(e, t), W.init(e, t);
}), Lo = /*@__PURE__*/ T("ZodNanoID", (e, t) => {
	Nn.init(e, t), W.init(e, t);
}), Ro = /*@__PURE__*/ T("ZodCUID", (e, t) => {
	Pn.init(e, t), W.init(e, t);
}), zo = /*@__PURE__*/ T("ZodCUID2", (e, t) => {
	Fn.init(e, t), W.init(e, t);
}), Bo = /*@__PURE__*/ T("ZodULID", (e, t) => {
	In.init(e, t), W.init(e, t);
}), Vo = /*@__PURE__*/ T("ZodXID", (e, t) => {
	Ln.init(e, t), W.init(e, t);
}), Ho = /*@__PURE__*/ T("ZodKSUID", (e, t) => {
	Rn.init(e, t), W.init(e, t);
}), Uo = /*@__PURE__*/ T("ZodIPv4", (e, t) => {
	Un.init(e, t), W.init(e, t);
}), Wo = /*@__PURE__*/ T("ZodIPv6", (e, t) => {
	Kn.init(e, t), W.init(e, t);
}), Go = /*@__PURE__*/ T("ZodCIDRv4", (e, t) => {
	qn.init(e, t), W.init(e, t);
}), Ko = /*@__PURE__*/ T("ZodCIDRv6", (e, t) => {
	Yn.init(e, t), W.init(e, t);
}), qo = /*@__PURE__*/ T("ZodBase64", (e, t) => {
	Qn.init(e, t), W.init(e, t);
}), Jo = /*@__PURE__*/ T("ZodBase64URL", (e, t) => {
	tr.init(e, t), W.init(e, t);
}), Yo = /*@__PURE__*/ T("ZodE164", (e, t) => {
	nr.init(e, t), W.init(e, t);
}), Xo = /*@__PURE__*/ T("ZodJWT", (e, t) => {
	ir.init(e, t), W.init(e, t);
}), Zo = /*@__PURE__*/ T("ZodNumber", (e, t) => {
	ar.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Va(e, t, n, r), e.isFinite = !0;
}, /*@__PURE__*/ Me({
	minValue: (e) => {
		let { minimum: t, exclusiveMinimum: n } = B(e);
		return Math.max(t ?? -Infinity, n ?? -Infinity);
	},
	maxValue: (e) => {
		let { maximum: t, exclusiveMaximum: n } = B(e);
		return Math.min(t ?? Infinity, n ?? Infinity);
	},
	isInt: (e) => {
		let { isInt: t, multipleOf: n } = B(e);
		return !!t || !!n?.some(Number.isSafeInteger);
	},
	format: (e) => B(e).format ?? null
}, {
	gt(e, t) {
		return this.check(/* @__PURE__ */ Ji(e, t));
	},
	gte(e, t) {
		return this.check(/* @__PURE__ */ Yi(e, t));
	},
	min(e, t) {
		return this.check(/* @__PURE__ */ Yi(e, t));
	},
	lt(e, t) {
		return this.check(/* @__PURE__ */ Ki(e, t));
	},
	lte(e, t) {
		return this.check(/* @__PURE__ */ qi(e, t));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ qi(e, t));
	},
	int(e) {
		return this.check($o(e));
	},
	safe(e) {
		return this.check($o(e));
	},
	positive(e) {
		return this.check(/* @__PURE__ */ Ji(0, e));
	},
	nonnegative(e) {
		return this.check(/* @__PURE__ */ Yi(0, e));
	},
	negative(e) {
		return this.check(/* @__PURE__ */ Ki(0, e));
	},
	nonpositive(e) {
		return this.check(/* @__PURE__ */ qi(0, e));
	},
	multipleOf(e, t) {
		return this.check(/* @__PURE__ */ Xi(e, t));
	},
	step(e, t) {
		return this.check(/* @__PURE__ */ Xi(e, t));
	},
	finite() {
		return this;
	}
}));
function K(e) {
	return /* @__PURE__ */ Bi(Zo, e);
}
var Qo = /*@__PURE__*/ T("ZodNumberFormat", (e, t) => {
	or.init(e, t), Zo.init(e, t);
});
function $o(e) {
	return /* @__PURE__ */ Hi(Qo, e);
}
var es = /*@__PURE__*/ T("ZodBoolean", (e, t) => {
	sr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ha(e, t, n, r);
});
function ts(e) {
	return /* @__PURE__ */ Ui(es, e);
}
var ns = /*@__PURE__*/ T("ZodUnknown", (e, t) => {
	cr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (e, t, n) => void 0;
});
function rs() {
	return /* @__PURE__ */ Wi(ns);
}
var is = /*@__PURE__*/ T("ZodNever", (e, t) => {
	lr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ua(e, t, n, r);
});
function as(e) {
	return /* @__PURE__ */ Gi(is, e);
}
var os = /*@__PURE__*/ T("ZodArray", (e, t) => {
	wo(), pr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => qa(e, t, n, r), e.element = t.element;
}, {
	min(e, t) {
		return this.check(/* @__PURE__ */ Qi(e, t));
	},
	nonempty(e) {
		return this.check(/* @__PURE__ */ Qi(1, e));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Zi(e, t));
	},
	length(e, t) {
		return this.check(/* @__PURE__ */ $i(e, t));
	},
	unwrap() {
		return this.element;
	}
});
function q(e, t) {
	return /* @__PURE__ */ da(os, e, t);
}
var ss = /*@__PURE__*/ T("ZodObject", (e, t) => {
	wo(), yr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ya(e, t, n, r), Le(e, "shape", (e) => e._zod.def.shape, !1);
}, {
	keyof() {
		return Y(Object.keys(this._zod.def.shape));
	},
	catchall(e) {
		return this.clone(h(this._zod.def, { catchall: e }));
	},
	passthrough() {
		return this.clone(h(this._zod.def, { catchall: rs() }));
	},
	loose() {
		return this.clone(h(this._zod.def, { catchall: rs() }));
	},
	strict() {
		return this.clone(h(this._zod.def, { catchall: as() }));
	},
	strip() {
		return this.clone(h(this._zod.def, { catchall: void 0 }));
	},
	extend(e) {
		return he(this, e);
	},
	safeExtend(e) {
		return _e(this, e);
	},
	merge(e) {
		return ve(this, e);
	},
	pick(e) {
		return fe(this, e);
	},
	omit(e) {
		return me(this, e);
	},
	partial(...e) {
		return ye(hs, this, e[0]);
	},
	exactPartial(...e) {
		return ye(_s, this, e[0], "exactPartial");
	},
	required(...e) {
		return be(Ts, this, e[0]);
	}
});
function J(e, t) {
	return new ss({
		type: "object",
		shape: e ?? {},
		...v(t)
	});
}
var cs = /*@__PURE__*/ T("ZodUnion", (e, t) => {
	xr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Xa(e, t, n, r), e.options = t.options;
});
function ls(e, t) {
	return new cs({
		type: "union",
		options: e,
		...v(t)
	});
}
var us = /*@__PURE__*/ T("ZodIntersection", (e, t) => {
	Sr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Za(e, t, n, r);
});
function ds(e, t) {
	return new us({
		type: "intersection",
		left: e,
		right: t
	});
}
var fs = /*@__PURE__*/ T("ZodEnum", (e, t) => {
	Tr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Wa(e, t, n, r), e.enum = t.entries, e.options = [...e._zod.values];
	let n = new Set(Object.keys(t.entries));
	e.extract = (e, r) => {
		let i = {};
		for (let r of e) if (n.has(r)) i[r] = t.entries[r];
		else throw Error(`Key ${r} not found in enum`);
		return new fs({
			...t,
			checks: [],
			...v(r),
			entries: i
		});
	}, e.exclude = (e, r) => {
		let i = { ...t.entries };
		for (let t of e) if (n.has(t)) delete i[t];
		else throw Error(`Key ${t} not found in enum`);
		return new fs({
			...t,
			checks: [],
			...v(r),
			entries: i
		});
	};
});
function Y(e, t) {
	return new fs({
		type: "enum",
		entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
		...v(t)
	});
}
var ps = /*@__PURE__*/ T("ZodTransform", (e, t) => {
	wo(), Er.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ka(e, t, n, r), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new We(e.constructor.name);
		n.addIssue = (r) => {
			if (typeof r == "string") n.issues.push(ke(r, n.value, t));
			else {
				let t = r;
				t.fatal && (t.continue = !1), t.code ??= "custom", "input" in t || (t.input = n.value), t.inst ??= e, n.issues.push(ke(t));
			}
		};
		let i = t.transform(n.value, n);
		return i instanceof Promise ? i.then((e) => (n.value = e, n)) : (n.value = i, n);
	};
});
function ms(e) {
	return new ps({
		type: "transform",
		transform: e
	});
}
var hs = /*@__PURE__*/ T("ZodOptional", (e, t) => {
	Or.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => so(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function gs(e) {
	return new hs({
		type: "optional",
		innerType: e
	});
}
var _s = /*@__PURE__*/ T("ZodExactOptional", (e, t) => {
	kr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => so(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function vs(e) {
	return new _s({
		type: "optional",
		innerType: e
	});
}
var ys = /*@__PURE__*/ T("ZodNullable", (e, t) => {
	Ar.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Qa(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function bs(e) {
	return new ys({
		type: "nullable",
		innerType: e
	});
}
var xs = /*@__PURE__*/ T("ZodDefault", (e, t) => {
	jr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => no(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeDefault = e.unwrap;
});
function Ss(e, t) {
	return new xs({
		type: "default",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : ae(t);
		}
	});
}
var Cs = /*@__PURE__*/ T("ZodPrefault", (e, t) => {
	Nr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => ro(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function ws(e, t) {
	return new Cs({
		type: "prefault",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : ae(t);
		}
	});
}
var Ts = /*@__PURE__*/ T("ZodNonOptional", (e, t) => {
	Pr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => $a(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Es(e, t) {
	return new Ts({
		type: "nonoptional",
		innerType: e,
		...v(t)
	});
}
var Ds = /*@__PURE__*/ T("ZodCatch", (e, t) => {
	Lr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => io(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeCatch = e.unwrap;
});
function Os(e, t) {
	return new Ds({
		type: "catch",
		innerType: e,
		catchValue: typeof t == "function" ? t : ze(t)
	});
}
var ks = /*@__PURE__*/ T("ZodPipe", (e, t) => {
	Rr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => ao(e, t, n, r), e.in = t.in, e.out = t.out;
});
function As(e, t) {
	return new ks({
		type: "pipe",
		in: e,
		out: t
	});
}
var js = /*@__PURE__*/ T("ZodPreprocess", (e, t) => {
	ks.init(e, t), Br.init(e, t);
}), Ms = /*@__PURE__*/ T("ZodReadonly", (e, t) => {
	Vr.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => oo(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Ns(e) {
	return new Ms({
		type: "readonly",
		innerType: e
	});
}
var Ps = /*@__PURE__*/ T("ZodCustom", (e, t) => {
	Ur.init(e, t), H.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ga(e, t, n, r);
});
function Fs(e, t = {}) {
	return /* @__PURE__ */ fa(Ps, e, t);
}
function Is(e, t) {
	return /* @__PURE__ */ pa(e, t);
}
function X(e, t) {
	return new js({
		type: "pipe",
		in: ms(e),
		out: t
	});
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/iso.js
function Ls(e) {
	return /* @__PURE__ */ Ii(Do, e);
}
// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/coerce.js
function Rs(e) {
	return /* @__PURE__ */ Vi(Zo, e);
}
var zs = J({
	path: U(),
	message: U()
});
J({ error: J({
	id: U(),
	message: U(),
	fields: q(zs).optional(),
	ref: U().optional()
}) });
// ../../shared/src/limits.ts
var Z = {
	jsonBodyBytes: 102400,
	emailLength: 254,
	nameLength: 120,
	passwordMinLength: 12,
	passwordMaxLength: 256,
	login: {
		maxFailures: 10,
		windowMinutes: 15
	},
	session: {
		idleHours: 12,
		absoluteHours: 24
	},
	auditPageSize: 100
}, Bs = [
	"admin",
	"coordinator",
	"clinician",
	"observer"
], Vs = [
	"medical_oncology",
	"surgery",
	"radiation_oncology",
	"radiology",
	"pathology",
	"nuclear_medicine",
	"pulmonology",
	"gastroenterology",
	"other"
], Q = Po(), Hs = Ls(), Us = U().refine((e) => {
	try {
		return new Intl.DateTimeFormat("en", { timeZone: e }), !0;
	} catch {
		return !1;
	}
}, { message: "Unknown IANA time zone" }), Ws = Y([
	"en",
	"de",
	"ko"
]), Gs = J({
	id: Q,
	code: U(),
	name: U(),
	city: U(),
	timeZone: U(),
	locale: Ws,
	color: U()
}), Ks = U().trim().toLowerCase().max(Z.emailLength).pipe(Mo()), qs = Y(Bs), Js = Y(Vs);
J({
	email: Ks,
	password: U().min(1).max(Z.passwordMaxLength)
});
var Ys = U().min(Z.passwordMinLength).max(Z.passwordMaxLength);
J({
	currentPassword: U().min(1).max(Z.passwordMaxLength),
	newPassword: Ys
});
var Xs = J({ user: J({
	id: Q,
	name: U(),
	email: U(),
	role: qs,
	specialty: Js.nullable(),
	institution: Gs.pick({
		id: !0,
		code: !0,
		name: !0,
		timeZone: !0,
		locale: !0,
		color: !0
	}),
	mustChangePassword: ts()
}) });
J({ users: q(J({
	id: Q,
	name: U(),
	email: U(),
	role: qs,
	specialty: Js.nullable(),
	isActive: ts(),
	mustChangePassword: ts(),
	createdAt: Hs
})) });
var Zs = U().trim().min(1).max(Z.nameLength);
J({
	name: Zs,
	email: Ks,
	role: qs,
	specialty: Js.nullable().default(null),
	temporaryPassword: Ys
}), J({
	name: Zs,
	role: qs,
	specialty: Js.nullable(),
	isActive: ts()
}).partial().refine((e) => Object.keys(e).length > 0, { message: "Nothing to change" }), J({ temporaryPassword: Ys }), J({ userId: Q });
var Qs = Y([
	"auth.login",
	"auth.login_failed",
	"auth.login_rate_limited",
	"auth.logout",
	"auth.password_changed",
	"access.refused",
	"user.created",
	"user.updated",
	"user.deactivated",
	"user.password_reset",
	"audit.viewed",
	"audit.verified"
]), $s = Y(["allowed", "refused"]), ec = J({
	id: Q,
	seq: K().int(),
	occurredAt: Hs,
	actor: J({
		id: Q,
		name: U(),
		email: U()
	}).nullable(),
	actorInstitution: J({
		id: Q,
		code: U()
	}).nullable(),
	action: Qs,
	objectType: U(),
	objectId: U().nullable(),
	objectInstitution: J({
		id: Q,
		code: U()
	}).nullable(),
	outcome: $s,
	clientAddress: U().nullable(),
	hash: U()
}), $ = (e) => e === "" ? void 0 : e;
J({
	actor: X($, U().trim().max(254).optional()),
	objectType: X($, U().max(40).optional()),
	objectId: X($, U().max(100).optional()),
	action: X($, Qs.optional()),
	from: X($, Hs.optional()),
	to: X($, Hs.optional()),
	before: X($, Rs().int().positive().optional()),
	limit: X($, Rs().int().min(1).max(Z.auditPageSize).default(50))
}), J({
	events: q(ec),
	nextBefore: K().int().nullable()
}), J({
	ok: ts(),
	checked: K().int(),
	firstBroken: J({
		seq: K().int(),
		id: U(),
		reason: U()
	}).nullable()
});
var tc = Y([
	"scheduled",
	"live",
	"ended"
]), nc = J({
	id: Q,
	code: U(),
	name: U(),
	timeZone: Us
});
// a.ts
J({ boards: q(J({
	id: Q,
	title: U(),
	status: tc,
	startsAt: Hs,
	timeZone: Us,
	durationMinutes: K().int(),
	hostInstitution: nc,
	institutions: q(nc)
})) }), console.log(Xs);
