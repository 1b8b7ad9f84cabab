/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const api = $root.api = (() => {

    /**
     * Namespace api.
     * @exports api
     * @namespace
     */
    const api = {};

    api.Error = (function() {

        /**
         * Properties of an Error.
         * @typedef {Object} api.Error.$Properties
         * @property {number|null} [StatusCode] Error StatusCode
         * @property {string|null} [ErrorCode] Error ErrorCode
         * @property {string|null} [ErrorMessage] Error ErrorMessage
         * @property {string|null} [RequestId] Error RequestId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Error.
         * @memberof api
         * @interface IError
         * @augments api.Error.$Properties
         * @deprecated Use api.Error.$Properties instead.
         */

        /**
         * Shape of an Error.
         * @typedef {api.Error.$Properties} api.Error.$Shape
         */

        /**
         * Constructs a new Error.
         * @memberof api
         * @classdesc Represents an Error.
         * @constructor
         * @param {api.Error.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Error = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Error StatusCode.
         * @member {number} StatusCode
         * @memberof api.Error
         * @instance
         */
        Error.prototype.StatusCode = 0;

        /**
         * Error ErrorCode.
         * @member {string} ErrorCode
         * @memberof api.Error
         * @instance
         */
        Error.prototype.ErrorCode = "";

        /**
         * Error ErrorMessage.
         * @member {string} ErrorMessage
         * @memberof api.Error
         * @instance
         */
        Error.prototype.ErrorMessage = "";

        /**
         * Error RequestId.
         * @member {string} RequestId
         * @memberof api.Error
         * @instance
         */
        Error.prototype.RequestId = "";

        /**
         * Encodes the specified Error message. Does not implicitly {@link api.Error.verify|verify} messages.
         * @function encode
         * @memberof api.Error
         * @static
         * @param {api.Error.$Properties} message Error message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Error.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.StatusCode != null && $Object.hasOwnProperty.call(message, "StatusCode") && message.StatusCode !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.StatusCode);
            if (message.ErrorCode != null && $Object.hasOwnProperty.call(message, "ErrorCode") && message.ErrorCode !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.ErrorCode);
            if (message.ErrorMessage != null && $Object.hasOwnProperty.call(message, "ErrorMessage") && message.ErrorMessage !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.ErrorMessage);
            if (message.RequestId != null && $Object.hasOwnProperty.call(message, "RequestId") && message.RequestId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.RequestId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Error message from the specified reader or buffer.
         * @function decode
         * @memberof api.Error
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {api.Error & api.Error.$Shape} Error
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Error.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.api.Error();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.StatusCode = value;
                        else
                            delete message.StatusCode;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ErrorCode = value;
                        else
                            delete message.ErrorCode;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ErrorMessage = value;
                        else
                            delete message.ErrorMessage;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.RequestId = value;
                        else
                            delete message.RequestId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Error;
    })();

    return api;
})();

export {
  $root as default
};
