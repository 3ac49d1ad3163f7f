import { createRoot } from 'react-dom/client';
console.log(createRoot);
