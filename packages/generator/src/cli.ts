// Placeholder
export {};
