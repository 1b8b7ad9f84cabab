import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace api {

    interface IError extends api.Error.$Properties {
    }

    class Error {
        constructor(properties?: api.Error.$Properties);
        $unknowns?: Uint8Array[];
        StatusCode: number;
        ErrorCode: string;
        ErrorMessage: string;
        RequestId: string;
        static encode(message: api.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): api.Error & api.Error.$Shape;
    }

    namespace Error {
        interface $Properties {
            StatusCode?: (number|null);
            ErrorCode?: (string|null);
            ErrorMessage?: (string|null);
            RequestId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = api.Error.$Properties;
    }
}
