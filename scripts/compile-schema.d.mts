export declare const GENERATED: string;
export declare function compileBundledSchema(): string;
