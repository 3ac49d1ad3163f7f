import { MeResponseSchema } from '@konsil/shared';
console.log(MeResponseSchema);
