import { z as e } from "zod";
// e.ts
console.log(e.object({ a: e.string() }));
