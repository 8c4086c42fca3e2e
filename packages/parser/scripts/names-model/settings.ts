/** The settings the shipped model is trained with (chosen by cross-validation inside the train split). */
export const DEFAULT_FIT = { epochs: 8, seed: 14, minCount: 1 } as const;
