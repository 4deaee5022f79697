import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace Kinova. */
export namespace Kinova {

    /** Namespace Api. */
    namespace Api {

        /** ErrorCodes enum. */
        enum ErrorCodes {

            /** ERROR_NONE value */
            ERROR_NONE = 0,

            /** ERROR_PROTOCOL_SERVER value */
            ERROR_PROTOCOL_SERVER = 1,

            /** ERROR_PROTOCOL_CLIENT value */
            ERROR_PROTOCOL_CLIENT = 2,

            /** ERROR_DEVICE value */
            ERROR_DEVICE = 3,

            /** ERROR_INTERNAL value */
            ERROR_INTERNAL = 4
        }

        /** SubErrorCodes enum. */
        enum SubErrorCodes {

            /** SUB_ERROR_NONE value */
            SUB_ERROR_NONE = 0,

            /** METHOD_FAILED value */
            METHOD_FAILED = 1,

            /** UNIMPLEMENTED value */
            UNIMPLEMENTED = 2,

            /** INVALID_PARAM value */
            INVALID_PARAM = 3,

            /** UNSUPPORTED_SERVICE value */
            UNSUPPORTED_SERVICE = 4,

            /** UNSUPPORTED_METHOD value */
            UNSUPPORTED_METHOD = 5,

            /** TOO_LARGE_ENCODED_FRAME_BUFFER value */
            TOO_LARGE_ENCODED_FRAME_BUFFER = 6,

            /** FRAME_ENCODING_ERR value */
            FRAME_ENCODING_ERR = 7,

            /** FRAME_DECODING_ERR value */
            FRAME_DECODING_ERR = 8,

            /** INCOMPATIBLE_HEADER_VERSION value */
            INCOMPATIBLE_HEADER_VERSION = 9,

            /** UNSUPPORTED_FRAME_TYPE value */
            UNSUPPORTED_FRAME_TYPE = 10,

            /** UNREGISTERED_NOTIFICATION_RECEIVED value */
            UNREGISTERED_NOTIFICATION_RECEIVED = 11,

            /** INVALID_SESSION value */
            INVALID_SESSION = 12,

            /** PAYLOAD_DECODING_ERR value */
            PAYLOAD_DECODING_ERR = 13,

            /** UNREGISTERED_FRAME_RECEIVED value */
            UNREGISTERED_FRAME_RECEIVED = 14,

            /** INVALID_PASSWORD value */
            INVALID_PASSWORD = 15,

            /** USER_NOT_FOUND value */
            USER_NOT_FOUND = 16,

            /** ENTITY_NOT_FOUND value */
            ENTITY_NOT_FOUND = 17,

            /** ROBOT_MOVEMENT_IN_PROGRESS value */
            ROBOT_MOVEMENT_IN_PROGRESS = 18,

            /** ROBOT_NOT_MOVING value */
            ROBOT_NOT_MOVING = 19,

            /** NO_MORE_STORAGE_SPACE value */
            NO_MORE_STORAGE_SPACE = 20,

            /** ROBOT_NOT_READY value */
            ROBOT_NOT_READY = 21,

            /** ROBOT_IN_FAULT value */
            ROBOT_IN_FAULT = 22,

            /** ROBOT_IN_MAINTENANCE value */
            ROBOT_IN_MAINTENANCE = 23,

            /** ROBOT_IN_UPDATE_MODE value */
            ROBOT_IN_UPDATE_MODE = 24,

            /** ROBOT_IN_EMERGENCY_STOP value */
            ROBOT_IN_EMERGENCY_STOP = 25,

            /** SINGLE_LEVEL_SERVOING value */
            SINGLE_LEVEL_SERVOING = 26,

            /** LOW_LEVEL_SERVOING value */
            LOW_LEVEL_SERVOING = 27,

            /** MAPPING_GROUP_NON_ROOT value */
            MAPPING_GROUP_NON_ROOT = 28,

            /** MAPPING_INVALID_GROUP value */
            MAPPING_INVALID_GROUP = 29,

            /** MAPPING_INVALID_MAP value */
            MAPPING_INVALID_MAP = 30,

            /** MAP_GROUP_INVALID_MAP value */
            MAP_GROUP_INVALID_MAP = 31,

            /** MAP_GROUP_INVALID_PARENT value */
            MAP_GROUP_INVALID_PARENT = 32,

            /** MAP_GROUP_INVALID_CHILD value */
            MAP_GROUP_INVALID_CHILD = 33,

            /** MAP_GROUP_INVALID_MOVE value */
            MAP_GROUP_INVALID_MOVE = 34,

            /** MAP_IN_USE value */
            MAP_IN_USE = 35,

            /** WIFI_CONNECT_ERROR value */
            WIFI_CONNECT_ERROR = 36,

            /** UNSUPPORTED_NETWORK_TYPE value */
            UNSUPPORTED_NETWORK_TYPE = 37,

            /** TOO_LARGE_ENCODED_PAYLOAD_BUFFER value */
            TOO_LARGE_ENCODED_PAYLOAD_BUFFER = 38,

            /** UPDATE_PERMISSION_DENIED value */
            UPDATE_PERMISSION_DENIED = 39,

            /** DELETE_PERMISSION_DENIED value */
            DELETE_PERMISSION_DENIED = 40,

            /** DATABASE_ERROR value */
            DATABASE_ERROR = 41,

            /** UNSUPPORTED_OPTION value */
            UNSUPPORTED_OPTION = 42,

            /** UNSUPPORTED_RESOLUTION value */
            UNSUPPORTED_RESOLUTION = 43,

            /** UNSUPPORTED_FRAME_RATE value */
            UNSUPPORTED_FRAME_RATE = 44,

            /** UNSUPPORTED_BIT_RATE value */
            UNSUPPORTED_BIT_RATE = 45,

            /** UNSUPPORTED_ACTION value */
            UNSUPPORTED_ACTION = 46,

            /** UNSUPPORTED_FOCUS_ACTION value */
            UNSUPPORTED_FOCUS_ACTION = 47,

            /** VALUE_IS_ABOVE_MAXIMUM value */
            VALUE_IS_ABOVE_MAXIMUM = 48,

            /** VALUE_IS_BELOW_MINIMUM value */
            VALUE_IS_BELOW_MINIMUM = 49,

            /** DEVICE_DISCONNECTED value */
            DEVICE_DISCONNECTED = 50,

            /** DEVICE_NOT_READY value */
            DEVICE_NOT_READY = 51,

            /** INVALID_DEVICE value */
            INVALID_DEVICE = 52,

            /** SAFETY_THRESHOLD_REACHED value */
            SAFETY_THRESHOLD_REACHED = 53,

            /** INVALID_USER_SESSION_ACCESS value */
            INVALID_USER_SESSION_ACCESS = 54,

            /** CONTROL_MANUAL_STOP value */
            CONTROL_MANUAL_STOP = 55,

            /** CONTROL_OUTSIDE_WORKSPACE value */
            CONTROL_OUTSIDE_WORKSPACE = 56,

            /** CONTROL_ACTUATOR_COUNT_MISMATCH value */
            CONTROL_ACTUATOR_COUNT_MISMATCH = 57,

            /** CONTROL_INVALID_DURATION value */
            CONTROL_INVALID_DURATION = 58,

            /** CONTROL_INVALID_SPEED value */
            CONTROL_INVALID_SPEED = 59,

            /** CONTROL_LARGE_SPEED value */
            CONTROL_LARGE_SPEED = 60,

            /** CONTROL_INVALID_ACCELERATION value */
            CONTROL_INVALID_ACCELERATION = 61,

            /** CONTROL_INVALID_TIME_STEP value */
            CONTROL_INVALID_TIME_STEP = 62,

            /** CONTROL_LARGE_SIZE value */
            CONTROL_LARGE_SIZE = 63,

            /** CONTROL_WRONG_MODE value */
            CONTROL_WRONG_MODE = 64,

            /** CONTROL_JOINT_POSITION_LIMIT value */
            CONTROL_JOINT_POSITION_LIMIT = 65,

            /** CONTROL_NO_FILE_IN_MEMORY value */
            CONTROL_NO_FILE_IN_MEMORY = 66,

            /** CONTROL_INDEX_OUT_OF_TRAJECTORY value */
            CONTROL_INDEX_OUT_OF_TRAJECTORY = 67,

            /** CONTROL_ALREADY_RUNNING value */
            CONTROL_ALREADY_RUNNING = 68,

            /** CONTROL_WRONG_STARTING_POINT value */
            CONTROL_WRONG_STARTING_POINT = 69,

            /** CONTROL_CARTESIAN_CANNOT_START value */
            CONTROL_CARTESIAN_CANNOT_START = 70,

            /** CONTROL_UNDEFINED_CONSTRAINT value */
            CONTROL_UNDEFINED_CONSTRAINT = 71,

            /** CONTROL_UNINITIALIZED value */
            CONTROL_UNINITIALIZED = 72,

            /** CONTROL_NO_ACTION value */
            CONTROL_NO_ACTION = 73,

            /** CONTROL_UNDEFINED value */
            CONTROL_UNDEFINED = 74,

            /** WRONG_SERVOING_MODE value */
            WRONG_SERVOING_MODE = 75,

            /** CONTROL_WRONG_STARTING_SPEED value */
            CONTROL_WRONG_STARTING_SPEED = 76,

            /** USERNAME_LENGTH_EXCEEDED value */
            USERNAME_LENGTH_EXCEEDED = 100,

            /** FIRSTNAME_LENGTH_EXCEEDED value */
            FIRSTNAME_LENGTH_EXCEEDED = 101,

            /** LASTNAME_LENGTH_EXCEEDED value */
            LASTNAME_LENGTH_EXCEEDED = 102,

            /** PASSWORD_LENGTH_EXCEEDED value */
            PASSWORD_LENGTH_EXCEEDED = 103,

            /** USERNAME_ALREADY_EXISTS value */
            USERNAME_ALREADY_EXISTS = 104,

            /** USERNAME_EMPTY value */
            USERNAME_EMPTY = 105,

            /** PASSWORD_NOT_CHANGED value */
            PASSWORD_NOT_CHANGED = 106,

            /** MAXIMUM_USER_PROFILES_USED value */
            MAXIMUM_USER_PROFILES_USED = 107,

            /** ROUTER_UNVAILABLE value */
            ROUTER_UNVAILABLE = 108,

            /** ADDRESS_NOT_IN_VALID_RANGE value */
            ADDRESS_NOT_IN_VALID_RANGE = 120,

            /** ADDRESS_NOT_CONFIGURABLE value */
            ADDRESS_NOT_CONFIGURABLE = 121,

            /** SESSION_NOT_IN_CONTROL value */
            SESSION_NOT_IN_CONTROL = 130,

            /** METHOD_TIMEOUT value */
            METHOD_TIMEOUT = 131,

            /** UNSUPPORTED_ROBOT_CONFIGURATION value */
            UNSUPPORTED_ROBOT_CONFIGURATION = 132,

            /** NVRAM_READ_FAIL value */
            NVRAM_READ_FAIL = 133,

            /** NVRAM_WRITE_FAIL value */
            NVRAM_WRITE_FAIL = 134,

            /** NETWORK_NO_ADDRESS_ASSIGNED value */
            NETWORK_NO_ADDRESS_ASSIGNED = 135,

            /** READ_PERMISSION_DENIED value */
            READ_PERMISSION_DENIED = 136,

            /** CONTROLLER_INVALID_MAPPING value */
            CONTROLLER_INVALID_MAPPING = 137,

            /** ACTION_IN_USE value */
            ACTION_IN_USE = 138,

            /** SEND_FAILED value */
            SEND_FAILED = 139,

            /** CONTROL_WAYPOINT_TRAJECTORY_ABORTED value */
            CONTROL_WAYPOINT_TRAJECTORY_ABORTED = 140,

            /** CONTROL_PERMISSION_DENIED value */
            CONTROL_PERMISSION_DENIED = 141,

            /** COLLISION_DETECTED value */
            COLLISION_DETECTED = 142,

            /** WRONG_MODE value */
            WRONG_MODE = 143
        }

        /** HeaderVersion enum. */
        enum HeaderVersion {

            /** RESERVED_0 value */
            RESERVED_0 = 0,

            /** CURRENT_VERSION value */
            CURRENT_VERSION = 1
        }

        /** FrameTypes enum. */
        enum FrameTypes {

            /** RESERVED value */
            RESERVED = 0,

            /** MSG_FRAME_REQUEST value */
            MSG_FRAME_REQUEST = 1,

            /** MSG_FRAME_RAW value */
            MSG_FRAME_RAW = 2,

            /** MSG_FRAME_RESPONSE value */
            MSG_FRAME_RESPONSE = 3,

            /** MSG_FRAME_NOTIFICATION value */
            MSG_FRAME_NOTIFICATION = 5,

            /** MSG_FRAME_PING value */
            MSG_FRAME_PING = 7,

            /** MSG_FRAME_PONG value */
            MSG_FRAME_PONG = 8
        }

        /**
         * Properties of a Frame.
         * @deprecated Use Kinova.Api.Frame.$Properties instead.
         */
        interface IFrame extends Kinova.Api.Frame.$Properties {
        }

        /** Represents a Frame. */
        class Frame {

            /**
             * Constructs a new Frame.
             * @param [properties] Properties to set
             */
            constructor(properties?: Kinova.Api.Frame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Frame header. */
            header?: (Kinova.Api.Header.$Properties|null);

            /** Frame payload. */
            payload: Uint8Array;

            /**
             * Creates a new Frame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Frame instance
             */
            static create(properties: Kinova.Api.Frame.$Shape): Kinova.Api.Frame & Kinova.Api.Frame.$Shape;
            static create(properties?: Kinova.Api.Frame.$Properties): Kinova.Api.Frame;

            /**
             * Encodes the specified Frame message. Does not implicitly {@link Kinova.Api.Frame.verify|verify} messages.
             * @param message Frame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: Kinova.Api.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {Kinova.Api.Frame & Kinova.Api.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Frame & Kinova.Api.Frame.$Shape;

            /**
             * Verifies a Frame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Frame
             */
            static fromObject(object: { [k: string]: any }): Kinova.Api.Frame;

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @param message Frame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: Kinova.Api.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Frame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Frame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {

            /** Properties of a Frame. */
            interface $Properties {

                /** Frame header */
                header?: (Kinova.Api.Header.$Properties|null);

                /** Frame payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Frame. */
            type $Shape = Kinova.Api.Frame.$Properties;
        }

        /**
         * Properties of a Header.
         * @deprecated Use Kinova.Api.Header.$Properties instead.
         */
        interface IHeader extends Kinova.Api.Header.$Properties {
        }

        /** Represents a Header. */
        class Header {

            /**
             * Constructs a new Header.
             * @param [properties] Properties to set
             */
            constructor(properties?: Kinova.Api.Header.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Header frameInfo. */
            frameInfo: number;

            /** Header messageInfo. */
            messageInfo: number;

            /** Header serviceInfo. */
            serviceInfo: number;

            /** Header payloadInfo. */
            payloadInfo: number;

            /**
             * Creates a new Header instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Header instance
             */
            static create(properties: Kinova.Api.Header.$Shape): Kinova.Api.Header & Kinova.Api.Header.$Shape;
            static create(properties?: Kinova.Api.Header.$Properties): Kinova.Api.Header;

            /**
             * Encodes the specified Header message. Does not implicitly {@link Kinova.Api.Header.verify|verify} messages.
             * @param message Header message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: Kinova.Api.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {Kinova.Api.Header & Kinova.Api.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Header & Kinova.Api.Header.$Shape;

            /**
             * Verifies a Header message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Header message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Header
             */
            static fromObject(object: { [k: string]: any }): Kinova.Api.Header;

            /**
             * Creates a plain object from a Header message. Also converts values to other types if specified.
             * @param message Header
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: Kinova.Api.Header, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Header to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Header
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Header {

            /** Properties of a Header. */
            interface $Properties {

                /** Header frameInfo */
                frameInfo?: (number|null);

                /** Header messageInfo */
                messageInfo?: (number|null);

                /** Header serviceInfo */
                serviceInfo?: (number|null);

                /** Header payloadInfo */
                payloadInfo?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Header. */
            type $Shape = Kinova.Api.Header.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use Kinova.Api.Error.$Properties instead.
         */
        interface IError extends Kinova.Api.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: Kinova.Api.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error errorCode. */
            errorCode: Kinova.Api.ErrorCodes;

            /** Error errorSubCode. */
            errorSubCode: number;

            /** Error errorSubString. */
            errorSubString: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: Kinova.Api.Error.$Shape): Kinova.Api.Error & Kinova.Api.Error.$Shape;
            static create(properties?: Kinova.Api.Error.$Properties): Kinova.Api.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link Kinova.Api.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: Kinova.Api.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {Kinova.Api.Error & Kinova.Api.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Error & Kinova.Api.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): Kinova.Api.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: Kinova.Api.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error errorCode */
                errorCode?: (Kinova.Api.ErrorCodes|null);

                /** Error errorSubCode */
                errorSubCode?: (number|null);

                /** Error errorSubString */
                errorSubString?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = Kinova.Api.Error.$Properties;
        }

        /**
         * Properties of a PayloadFrameTypeRaw.
         * @deprecated Use Kinova.Api.PayloadFrameTypeRaw.$Properties instead.
         */
        interface IPayloadFrameTypeRaw extends Kinova.Api.PayloadFrameTypeRaw.$Properties {
        }

        /** Represents a PayloadFrameTypeRaw. */
        class PayloadFrameTypeRaw {

            /**
             * Constructs a new PayloadFrameTypeRaw.
             * @param [properties] Properties to set
             */
            constructor(properties?: Kinova.Api.PayloadFrameTypeRaw.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PayloadFrameTypeRaw topic. */
            topic: string;

            /** PayloadFrameTypeRaw payload. */
            payload: Uint8Array;

            /**
             * Creates a new PayloadFrameTypeRaw instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PayloadFrameTypeRaw instance
             */
            static create(properties: Kinova.Api.PayloadFrameTypeRaw.$Shape): Kinova.Api.PayloadFrameTypeRaw & Kinova.Api.PayloadFrameTypeRaw.$Shape;
            static create(properties?: Kinova.Api.PayloadFrameTypeRaw.$Properties): Kinova.Api.PayloadFrameTypeRaw;

            /**
             * Encodes the specified PayloadFrameTypeRaw message. Does not implicitly {@link Kinova.Api.PayloadFrameTypeRaw.verify|verify} messages.
             * @param message PayloadFrameTypeRaw message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: Kinova.Api.PayloadFrameTypeRaw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PayloadFrameTypeRaw message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {Kinova.Api.PayloadFrameTypeRaw & Kinova.Api.PayloadFrameTypeRaw.$Shape} PayloadFrameTypeRaw
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.PayloadFrameTypeRaw & Kinova.Api.PayloadFrameTypeRaw.$Shape;

            /**
             * Verifies a PayloadFrameTypeRaw message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PayloadFrameTypeRaw message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PayloadFrameTypeRaw
             */
            static fromObject(object: { [k: string]: any }): Kinova.Api.PayloadFrameTypeRaw;

            /**
             * Creates a plain object from a PayloadFrameTypeRaw message. Also converts values to other types if specified.
             * @param message PayloadFrameTypeRaw
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: Kinova.Api.PayloadFrameTypeRaw, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PayloadFrameTypeRaw to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PayloadFrameTypeRaw
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PayloadFrameTypeRaw {

            /** Properties of a PayloadFrameTypeRaw. */
            interface $Properties {

                /** PayloadFrameTypeRaw topic */
                topic?: (string|null);

                /** PayloadFrameTypeRaw payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PayloadFrameTypeRaw. */
            type $Shape = Kinova.Api.PayloadFrameTypeRaw.$Properties;
        }

        /** Namespace Common. */
        namespace Common {

            /**
             * Properties of an Empty.
             * @deprecated Use Kinova.Api.Common.Empty.$Properties instead.
             */
            interface IEmpty extends Kinova.Api.Common.Empty.$Properties {
            }

            /** Represents an Empty. */
            class Empty {

                /**
                 * Constructs a new Empty.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.Empty.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Empty instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Empty instance
                 */
                static create(properties: Kinova.Api.Common.Empty.$Shape): Kinova.Api.Common.Empty & Kinova.Api.Common.Empty.$Shape;
                static create(properties?: Kinova.Api.Common.Empty.$Properties): Kinova.Api.Common.Empty;

                /**
                 * Encodes the specified Empty message. Does not implicitly {@link Kinova.Api.Common.Empty.verify|verify} messages.
                 * @param message Empty message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Empty message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.Empty & Kinova.Api.Common.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.Empty & Kinova.Api.Common.Empty.$Shape;

                /**
                 * Verifies an Empty message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Empty message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Empty
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.Empty;

                /**
                 * Creates a plain object from an Empty message. Also converts values to other types if specified.
                 * @param message Empty
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Empty to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Empty
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Empty {

                /** Properties of an Empty. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Empty. */
                type $Shape = Kinova.Api.Common.Empty.$Properties;
            }

            /**
             * Properties of a Timestamp.
             * @deprecated Use Kinova.Api.Common.Timestamp.$Properties instead.
             */
            interface ITimestamp extends Kinova.Api.Common.Timestamp.$Properties {
            }

            /** Represents a Timestamp. */
            class Timestamp {

                /**
                 * Constructs a new Timestamp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.Timestamp.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Timestamp sec. */
                sec: number;

                /** Timestamp usec. */
                usec: number;

                /**
                 * Creates a new Timestamp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Timestamp instance
                 */
                static create(properties: Kinova.Api.Common.Timestamp.$Shape): Kinova.Api.Common.Timestamp & Kinova.Api.Common.Timestamp.$Shape;
                static create(properties?: Kinova.Api.Common.Timestamp.$Properties): Kinova.Api.Common.Timestamp;

                /**
                 * Encodes the specified Timestamp message. Does not implicitly {@link Kinova.Api.Common.Timestamp.verify|verify} messages.
                 * @param message Timestamp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Timestamp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.Timestamp & Kinova.Api.Common.Timestamp.$Shape} Timestamp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.Timestamp & Kinova.Api.Common.Timestamp.$Shape;

                /**
                 * Verifies a Timestamp message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Timestamp
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.Timestamp;

                /**
                 * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
                 * @param message Timestamp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Timestamp to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Timestamp
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Timestamp {

                /** Properties of a Timestamp. */
                interface $Properties {

                    /** Timestamp sec */
                    sec?: (number|null);

                    /** Timestamp usec */
                    usec?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Timestamp. */
                type $Shape = Kinova.Api.Common.Timestamp.$Properties;
            }

            /** Permission enum. */
            enum Permission {

                /** NO_PERMISSION value */
                NO_PERMISSION = 0,

                /** READ_PERMISSION value */
                READ_PERMISSION = 1,

                /** UPDATE_PERMISSION value */
                UPDATE_PERMISSION = 2,

                /** DELETE_PERMISSION value */
                DELETE_PERMISSION = 4
            }

            /**
             * Properties of a UserProfileHandle.
             * @deprecated Use Kinova.Api.Common.UserProfileHandle.$Properties instead.
             */
            interface IUserProfileHandle extends Kinova.Api.Common.UserProfileHandle.$Properties {
            }

            /** Represents a UserProfileHandle. */
            class UserProfileHandle {

                /**
                 * Constructs a new UserProfileHandle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.UserProfileHandle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserProfileHandle identifier. */
                identifier: number;

                /** UserProfileHandle permission. */
                permission: number;

                /**
                 * Creates a new UserProfileHandle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UserProfileHandle instance
                 */
                static create(properties: Kinova.Api.Common.UserProfileHandle.$Shape): Kinova.Api.Common.UserProfileHandle & Kinova.Api.Common.UserProfileHandle.$Shape;
                static create(properties?: Kinova.Api.Common.UserProfileHandle.$Properties): Kinova.Api.Common.UserProfileHandle;

                /**
                 * Encodes the specified UserProfileHandle message. Does not implicitly {@link Kinova.Api.Common.UserProfileHandle.verify|verify} messages.
                 * @param message UserProfileHandle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.UserProfileHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserProfileHandle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.UserProfileHandle & Kinova.Api.Common.UserProfileHandle.$Shape} UserProfileHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.UserProfileHandle & Kinova.Api.Common.UserProfileHandle.$Shape;

                /**
                 * Verifies a UserProfileHandle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UserProfileHandle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UserProfileHandle
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.UserProfileHandle;

                /**
                 * Creates a plain object from a UserProfileHandle message. Also converts values to other types if specified.
                 * @param message UserProfileHandle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.UserProfileHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserProfileHandle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UserProfileHandle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserProfileHandle {

                /** Properties of a UserProfileHandle. */
                interface $Properties {

                    /** UserProfileHandle identifier */
                    identifier?: (number|null);

                    /** UserProfileHandle permission */
                    permission?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserProfileHandle. */
                type $Shape = Kinova.Api.Common.UserProfileHandle.$Properties;
            }

            /** NotificationType enum. */
            enum NotificationType {

                /** NOTIFICATION_TYPE_UNSPECIFIED value */
                NOTIFICATION_TYPE_UNSPECIFIED = 0,

                /** NOTIFICATION_TYPE_THRESHOLD value */
                NOTIFICATION_TYPE_THRESHOLD = 1,

                /** NOTIFICATION_TYPE_FIX_RATE value */
                NOTIFICATION_TYPE_FIX_RATE = 2,

                /** NOTIFICATION_TYPE_EVENT value */
                NOTIFICATION_TYPE_EVENT = 3
            }

            /**
             * Properties of a NotificationOptions.
             * @deprecated Use Kinova.Api.Common.NotificationOptions.$Properties instead.
             */
            interface INotificationOptions extends Kinova.Api.Common.NotificationOptions.$Properties {
            }

            /** Represents a NotificationOptions. */
            class NotificationOptions {

                /**
                 * Constructs a new NotificationOptions.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.NotificationOptions.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NotificationOptions type. */
                type: Kinova.Api.Common.NotificationType;

                /** NotificationOptions rateMSec. */
                rateMSec: number;

                /** NotificationOptions thresholdValue. */
                thresholdValue: number;

                /**
                 * Creates a new NotificationOptions instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NotificationOptions instance
                 */
                static create(properties: Kinova.Api.Common.NotificationOptions.$Shape): Kinova.Api.Common.NotificationOptions & Kinova.Api.Common.NotificationOptions.$Shape;
                static create(properties?: Kinova.Api.Common.NotificationOptions.$Properties): Kinova.Api.Common.NotificationOptions;

                /**
                 * Encodes the specified NotificationOptions message. Does not implicitly {@link Kinova.Api.Common.NotificationOptions.verify|verify} messages.
                 * @param message NotificationOptions message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.NotificationOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NotificationOptions message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.NotificationOptions & Kinova.Api.Common.NotificationOptions.$Shape} NotificationOptions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.NotificationOptions & Kinova.Api.Common.NotificationOptions.$Shape;

                /**
                 * Verifies a NotificationOptions message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NotificationOptions message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NotificationOptions
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.NotificationOptions;

                /**
                 * Creates a plain object from a NotificationOptions message. Also converts values to other types if specified.
                 * @param message NotificationOptions
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.NotificationOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NotificationOptions to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NotificationOptions
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NotificationOptions {

                /** Properties of a NotificationOptions. */
                interface $Properties {

                    /** NotificationOptions type */
                    type?: (Kinova.Api.Common.NotificationType|null);

                    /** NotificationOptions rateMSec */
                    rateMSec?: (number|null);

                    /** NotificationOptions thresholdValue */
                    thresholdValue?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NotificationOptions. */
                type $Shape = Kinova.Api.Common.NotificationOptions.$Properties;
            }

            /**
             * Properties of a NotificationHandle.
             * @deprecated Use Kinova.Api.Common.NotificationHandle.$Properties instead.
             */
            interface INotificationHandle extends Kinova.Api.Common.NotificationHandle.$Properties {
            }

            /** Represents a NotificationHandle. */
            class NotificationHandle {

                /**
                 * Constructs a new NotificationHandle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.NotificationHandle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NotificationHandle identifier. */
                identifier: number;

                /**
                 * Creates a new NotificationHandle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NotificationHandle instance
                 */
                static create(properties: Kinova.Api.Common.NotificationHandle.$Shape): Kinova.Api.Common.NotificationHandle & Kinova.Api.Common.NotificationHandle.$Shape;
                static create(properties?: Kinova.Api.Common.NotificationHandle.$Properties): Kinova.Api.Common.NotificationHandle;

                /**
                 * Encodes the specified NotificationHandle message. Does not implicitly {@link Kinova.Api.Common.NotificationHandle.verify|verify} messages.
                 * @param message NotificationHandle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.NotificationHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NotificationHandle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.NotificationHandle & Kinova.Api.Common.NotificationHandle.$Shape} NotificationHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.NotificationHandle & Kinova.Api.Common.NotificationHandle.$Shape;

                /**
                 * Verifies a NotificationHandle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NotificationHandle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NotificationHandle
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.NotificationHandle;

                /**
                 * Creates a plain object from a NotificationHandle message. Also converts values to other types if specified.
                 * @param message NotificationHandle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.NotificationHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NotificationHandle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NotificationHandle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NotificationHandle {

                /** Properties of a NotificationHandle. */
                interface $Properties {

                    /** NotificationHandle identifier */
                    identifier?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NotificationHandle. */
                type $Shape = Kinova.Api.Common.NotificationHandle.$Properties;
            }

            /** UserPermission enum. */
            enum UserPermission {

                /** USER_PERMISSION_UNSPECIFIED value */
                USER_PERMISSION_UNSPECIFIED = 0,

                /** USER_PERMISSION_OPERATE value */
                USER_PERMISSION_OPERATE = 1,

                /** USER_PERMISSION_CONFIGURE value */
                USER_PERMISSION_CONFIGURE = 2,

                /** USER_PERMISSION_SAFETIES value */
                USER_PERMISSION_SAFETIES = 3,

                /** USER_PERMISSION_SYSTEM value */
                USER_PERMISSION_SYSTEM = 4,

                /** USER_PERMISSION_READ_ONLY value */
                USER_PERMISSION_READ_ONLY = 5
            }

            /**
             * Properties of a UserRole.
             * @deprecated Use Kinova.Api.Common.UserRole.$Properties instead.
             */
            interface IUserRole extends Kinova.Api.Common.UserRole.$Properties {
            }

            /** Represents a UserRole. */
            class UserRole {

                /**
                 * Constructs a new UserRole.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.UserRole.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserRole identifier. */
                identifier: string;

                /** UserRole permissions. */
                permissions: Kinova.Api.Common.UserPermission[];

                /**
                 * Creates a new UserRole instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UserRole instance
                 */
                static create(properties: Kinova.Api.Common.UserRole.$Shape): Kinova.Api.Common.UserRole & Kinova.Api.Common.UserRole.$Shape;
                static create(properties?: Kinova.Api.Common.UserRole.$Properties): Kinova.Api.Common.UserRole;

                /**
                 * Encodes the specified UserRole message. Does not implicitly {@link Kinova.Api.Common.UserRole.verify|verify} messages.
                 * @param message UserRole message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.UserRole.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserRole message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.UserRole & Kinova.Api.Common.UserRole.$Shape} UserRole
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.UserRole & Kinova.Api.Common.UserRole.$Shape;

                /**
                 * Verifies a UserRole message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UserRole message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UserRole
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.UserRole;

                /**
                 * Creates a plain object from a UserRole message. Also converts values to other types if specified.
                 * @param message UserRole
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.UserRole, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserRole to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UserRole
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserRole {

                /** Properties of a UserRole. */
                interface $Properties {

                    /** UserRole identifier */
                    identifier?: (string|null);

                    /** UserRole permissions */
                    permissions?: (Kinova.Api.Common.UserPermission[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserRole. */
                type $Shape = Kinova.Api.Common.UserRole.$Properties;
            }

            /**
             * Properties of a UserRoleList.
             * @deprecated Use Kinova.Api.Common.UserRoleList.$Properties instead.
             */
            interface IUserRoleList extends Kinova.Api.Common.UserRoleList.$Properties {
            }

            /** Represents a UserRoleList. */
            class UserRoleList {

                /**
                 * Constructs a new UserRoleList.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.UserRoleList.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserRoleList roles. */
                roles: Kinova.Api.Common.UserRole.$Properties[];

                /**
                 * Creates a new UserRoleList instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UserRoleList instance
                 */
                static create(properties: Kinova.Api.Common.UserRoleList.$Shape): Kinova.Api.Common.UserRoleList & Kinova.Api.Common.UserRoleList.$Shape;
                static create(properties?: Kinova.Api.Common.UserRoleList.$Properties): Kinova.Api.Common.UserRoleList;

                /**
                 * Encodes the specified UserRoleList message. Does not implicitly {@link Kinova.Api.Common.UserRoleList.verify|verify} messages.
                 * @param message UserRoleList message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.UserRoleList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserRoleList message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.UserRoleList & Kinova.Api.Common.UserRoleList.$Shape} UserRoleList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.UserRoleList & Kinova.Api.Common.UserRoleList.$Shape;

                /**
                 * Verifies a UserRoleList message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UserRoleList message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UserRoleList
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.UserRoleList;

                /**
                 * Creates a plain object from a UserRoleList message. Also converts values to other types if specified.
                 * @param message UserRoleList
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.UserRoleList, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserRoleList to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UserRoleList
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserRoleList {

                /** Properties of a UserRoleList. */
                interface $Properties {

                    /** UserRoleList roles */
                    roles?: (Kinova.Api.Common.UserRole.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserRoleList. */
                type $Shape = Kinova.Api.Common.UserRoleList.$Properties;
            }

            /** ConnectionType enum. */
            enum ConnectionType {

                /** CONNECTION_TYPE_UNSPECIFIED value */
                CONNECTION_TYPE_UNSPECIFIED = 0,

                /** CONNECTION_TYPE_MQTT_TCP value */
                CONNECTION_TYPE_MQTT_TCP = 1,

                /** CONNECTION_TYPE_MQTT_WEBSOCKET value */
                CONNECTION_TYPE_MQTT_WEBSOCKET = 2,

                /** CONNECTION_TYPE_UDP value */
                CONNECTION_TYPE_UDP = 3
            }

            /**
             * Properties of a Connection.
             * @deprecated Use Kinova.Api.Common.Connection.$Properties instead.
             */
            interface IConnection extends Kinova.Api.Common.Connection.$Properties {
            }

            /** Represents a Connection. */
            class Connection {

                /**
                 * Constructs a new Connection.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.Connection.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Connection userHandle. */
                userHandle?: (Kinova.Api.Common.UserProfileHandle.$Properties|null);

                /** Connection connectionInformation. */
                connectionInformation: string;

                /** Connection connectionIdentifier. */
                connectionIdentifier: number;

                /** Connection isLocal. */
                isLocal: boolean;

                /** Connection sessionIdentifier. */
                sessionIdentifier: number;

                /** Connection connectionInactivityTimeout. */
                connectionInactivityTimeout: number;

                /** Connection roles. */
                roles: Kinova.Api.Common.UserRole.$Properties[];

                /** Connection connectionType. */
                connectionType: Kinova.Api.Common.ConnectionType;

                /** Connection isWebapp. */
                isWebapp: boolean;

                /** Connection username. */
                username: string;

                /**
                 * Creates a new Connection instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Connection instance
                 */
                static create(properties: Kinova.Api.Common.Connection.$Shape): Kinova.Api.Common.Connection & Kinova.Api.Common.Connection.$Shape;
                static create(properties?: Kinova.Api.Common.Connection.$Properties): Kinova.Api.Common.Connection;

                /**
                 * Encodes the specified Connection message. Does not implicitly {@link Kinova.Api.Common.Connection.verify|verify} messages.
                 * @param message Connection message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.Connection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Connection message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.Connection & Kinova.Api.Common.Connection.$Shape} Connection
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.Connection & Kinova.Api.Common.Connection.$Shape;

                /**
                 * Verifies a Connection message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Connection message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Connection
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.Connection;

                /**
                 * Creates a plain object from a Connection message. Also converts values to other types if specified.
                 * @param message Connection
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.Connection, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Connection to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Connection
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Connection {

                /** Properties of a Connection. */
                interface $Properties {

                    /** Connection userHandle */
                    userHandle?: (Kinova.Api.Common.UserProfileHandle.$Properties|null);

                    /** Connection connectionInformation */
                    connectionInformation?: (string|null);

                    /** Connection connectionIdentifier */
                    connectionIdentifier?: (number|null);

                    /** Connection isLocal */
                    isLocal?: (boolean|null);

                    /** Connection sessionIdentifier */
                    sessionIdentifier?: (number|null);

                    /** Connection connectionInactivityTimeout */
                    connectionInactivityTimeout?: (number|null);

                    /** Connection roles */
                    roles?: (Kinova.Api.Common.UserRole.$Properties[]|null);

                    /** Connection connectionType */
                    connectionType?: (Kinova.Api.Common.ConnectionType|null);

                    /** Connection isWebapp */
                    isWebapp?: (boolean|null);

                    /** Connection username */
                    username?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Connection. */
                type $Shape = Kinova.Api.Common.Connection.$Properties;
            }

            /** ArmState enum. */
            enum ArmState {

                /** ARMSTATE_UNSPECIFIED value */
                ARMSTATE_UNSPECIFIED = 0,

                /** ARMSTATE_BASE_INITIALIZATION value */
                ARMSTATE_BASE_INITIALIZATION = 1,

                /** ARMSTATE_IDLE value */
                ARMSTATE_IDLE = 2,

                /** ARMSTATE_INITIALIZATION value */
                ARMSTATE_INITIALIZATION = 3,

                /** ARMSTATE_IN_FAULT value */
                ARMSTATE_IN_FAULT = 4,

                /** ARMSTATE_MAINTENANCE value */
                ARMSTATE_MAINTENANCE = 5,

                /** ARMSTATE_SERVOING_LOW_LEVEL value */
                ARMSTATE_SERVOING_LOW_LEVEL = 6,

                /** ARMSTATE_SERVOING_READY value */
                ARMSTATE_SERVOING_READY = 7,

                /** ARMSTATE_SERVOING_PLAYING_SEQUENCE value */
                ARMSTATE_SERVOING_PLAYING_SEQUENCE = 8,

                /** ARMSTATE_SERVOING_MANUALLY_CONTROLLED value */
                ARMSTATE_SERVOING_MANUALLY_CONTROLLED = 9,

                /** ARMSTATE_BRAKE_RELEASING value */
                ARMSTATE_BRAKE_RELEASING = 10,

                /** ARMSTATE_RESERVED value */
                ARMSTATE_RESERVED = 255
            }
        }

        /** Namespace Session. */
        namespace Session {

            /** ServiceVersion enum. */
            enum ServiceVersion {

                /** RESERVED_0 value */
                RESERVED_0 = 0,

                /** CURRENT_VERSION value */
                CURRENT_VERSION = 1
            }

            /**
             * Properties of a CreateSessionInfo.
             * @deprecated Use Kinova.Api.Session.CreateSessionInfo.$Properties instead.
             */
            interface ICreateSessionInfo extends Kinova.Api.Session.CreateSessionInfo.$Properties {
            }

            /** Represents a CreateSessionInfo. */
            class CreateSessionInfo {

                /**
                 * Constructs a new CreateSessionInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Session.CreateSessionInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateSessionInfo username. */
                username: string;

                /** CreateSessionInfo sessionInactivityTimeout. */
                sessionInactivityTimeout: number;

                /** CreateSessionInfo password. */
                password: string;

                /** CreateSessionInfo connectionInactivityTimeout. */
                connectionInactivityTimeout: number;

                /**
                 * Creates a new CreateSessionInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateSessionInfo instance
                 */
                static create(properties: Kinova.Api.Session.CreateSessionInfo.$Shape): Kinova.Api.Session.CreateSessionInfo & Kinova.Api.Session.CreateSessionInfo.$Shape;
                static create(properties?: Kinova.Api.Session.CreateSessionInfo.$Properties): Kinova.Api.Session.CreateSessionInfo;

                /**
                 * Encodes the specified CreateSessionInfo message. Does not implicitly {@link Kinova.Api.Session.CreateSessionInfo.verify|verify} messages.
                 * @param message CreateSessionInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Session.CreateSessionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateSessionInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.CreateSessionInfo & Kinova.Api.Session.CreateSessionInfo.$Shape} CreateSessionInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Session.CreateSessionInfo & Kinova.Api.Session.CreateSessionInfo.$Shape;

                /**
                 * Verifies a CreateSessionInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateSessionInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateSessionInfo
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Session.CreateSessionInfo;

                /**
                 * Creates a plain object from a CreateSessionInfo message. Also converts values to other types if specified.
                 * @param message CreateSessionInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Session.CreateSessionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateSessionInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateSessionInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateSessionInfo {

                /** Properties of a CreateSessionInfo. */
                interface $Properties {

                    /** CreateSessionInfo username */
                    username?: (string|null);

                    /** CreateSessionInfo sessionInactivityTimeout */
                    sessionInactivityTimeout?: (number|null);

                    /** CreateSessionInfo password */
                    password?: (string|null);

                    /** CreateSessionInfo connectionInactivityTimeout */
                    connectionInactivityTimeout?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateSessionInfo. */
                type $Shape = Kinova.Api.Session.CreateSessionInfo.$Properties;
            }

            /**
             * Properties of a ConnectionList.
             * @deprecated Use Kinova.Api.Session.ConnectionList.$Properties instead.
             */
            interface IConnectionList extends Kinova.Api.Session.ConnectionList.$Properties {
            }

            /** Represents a ConnectionList. */
            class ConnectionList {

                /**
                 * Constructs a new ConnectionList.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Session.ConnectionList.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectionList connection. */
                connection: Kinova.Api.Common.Connection.$Properties[];

                /** ConnectionList userConnections. */
                userConnections: Kinova.Api.Common.Connection.$Properties[];

                /** ConnectionList pluginConnections. */
                pluginConnections: Kinova.Api.Common.Connection.$Properties[];

                /** ConnectionList internalConnections. */
                internalConnections: Kinova.Api.Common.Connection.$Properties[];

                /** ConnectionList unauthenticatedConnections. */
                unauthenticatedConnections: Kinova.Api.Common.Connection.$Properties[];

                /** ConnectionList monitorConnections. */
                monitorConnections: Kinova.Api.Common.Connection.$Properties[];

                /**
                 * Creates a new ConnectionList instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectionList instance
                 */
                static create(properties: Kinova.Api.Session.ConnectionList.$Shape): Kinova.Api.Session.ConnectionList & Kinova.Api.Session.ConnectionList.$Shape;
                static create(properties?: Kinova.Api.Session.ConnectionList.$Properties): Kinova.Api.Session.ConnectionList;

                /**
                 * Encodes the specified ConnectionList message. Does not implicitly {@link Kinova.Api.Session.ConnectionList.verify|verify} messages.
                 * @param message ConnectionList message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Session.ConnectionList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectionList message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.ConnectionList & Kinova.Api.Session.ConnectionList.$Shape} ConnectionList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Session.ConnectionList & Kinova.Api.Session.ConnectionList.$Shape;

                /**
                 * Verifies a ConnectionList message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectionList message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectionList
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Session.ConnectionList;

                /**
                 * Creates a plain object from a ConnectionList message. Also converts values to other types if specified.
                 * @param message ConnectionList
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Session.ConnectionList, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectionList to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectionList
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectionList {

                /** Properties of a ConnectionList. */
                interface $Properties {

                    /** ConnectionList connection */
                    connection?: (Kinova.Api.Common.Connection.$Properties[]|null);

                    /** ConnectionList userConnections */
                    userConnections?: (Kinova.Api.Common.Connection.$Properties[]|null);

                    /** ConnectionList pluginConnections */
                    pluginConnections?: (Kinova.Api.Common.Connection.$Properties[]|null);

                    /** ConnectionList internalConnections */
                    internalConnections?: (Kinova.Api.Common.Connection.$Properties[]|null);

                    /** ConnectionList unauthenticatedConnections */
                    unauthenticatedConnections?: (Kinova.Api.Common.Connection.$Properties[]|null);

                    /** ConnectionList monitorConnections */
                    monitorConnections?: (Kinova.Api.Common.Connection.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectionList. */
                type $Shape = Kinova.Api.Session.ConnectionList.$Properties;
            }

            /**
             * Properties of a SessionStatusHandle.
             * @deprecated Use Kinova.Api.Session.SessionStatusHandle.$Properties instead.
             */
            interface ISessionStatusHandle extends Kinova.Api.Session.SessionStatusHandle.$Properties {
            }

            /** Represents a SessionStatusHandle. */
            class SessionStatusHandle {

                /**
                 * Constructs a new SessionStatusHandle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Session.SessionStatusHandle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionStatusHandle sessionIdentifier. */
                sessionIdentifier: number;

                /** SessionStatusHandle userIdentifier. */
                userIdentifier: number;

                /** SessionStatusHandle roles. */
                roles: Kinova.Api.Common.UserRole.$Properties[];

                /**
                 * Creates a new SessionStatusHandle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SessionStatusHandle instance
                 */
                static create(properties: Kinova.Api.Session.SessionStatusHandle.$Shape): Kinova.Api.Session.SessionStatusHandle & Kinova.Api.Session.SessionStatusHandle.$Shape;
                static create(properties?: Kinova.Api.Session.SessionStatusHandle.$Properties): Kinova.Api.Session.SessionStatusHandle;

                /**
                 * Encodes the specified SessionStatusHandle message. Does not implicitly {@link Kinova.Api.Session.SessionStatusHandle.verify|verify} messages.
                 * @param message SessionStatusHandle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Session.SessionStatusHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionStatusHandle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.SessionStatusHandle & Kinova.Api.Session.SessionStatusHandle.$Shape} SessionStatusHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Session.SessionStatusHandle & Kinova.Api.Session.SessionStatusHandle.$Shape;

                /**
                 * Verifies a SessionStatusHandle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionStatusHandle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionStatusHandle
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Session.SessionStatusHandle;

                /**
                 * Creates a plain object from a SessionStatusHandle message. Also converts values to other types if specified.
                 * @param message SessionStatusHandle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Session.SessionStatusHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionStatusHandle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SessionStatusHandle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SessionStatusHandle {

                /** Properties of a SessionStatusHandle. */
                interface $Properties {

                    /** SessionStatusHandle sessionIdentifier */
                    sessionIdentifier?: (number|null);

                    /** SessionStatusHandle userIdentifier */
                    userIdentifier?: (number|null);

                    /** SessionStatusHandle roles */
                    roles?: (Kinova.Api.Common.UserRole.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionStatusHandle. */
                type $Shape = Kinova.Api.Session.SessionStatusHandle.$Properties;
            }

            /**
             * Properties of a PayloadSessionStatusRaw.
             * @deprecated Use Kinova.Api.Session.PayloadSessionStatusRaw.$Properties instead.
             */
            interface IPayloadSessionStatusRaw extends Kinova.Api.Session.PayloadSessionStatusRaw.$Properties {
            }

            /** Represents a PayloadSessionStatusRaw. */
            class PayloadSessionStatusRaw {

                /**
                 * Constructs a new PayloadSessionStatusRaw.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Session.PayloadSessionStatusRaw.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PayloadSessionStatusRaw sessions. */
                sessions: Kinova.Api.Session.SessionStatusHandle.$Properties[];

                /**
                 * Creates a new PayloadSessionStatusRaw instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PayloadSessionStatusRaw instance
                 */
                static create(properties: Kinova.Api.Session.PayloadSessionStatusRaw.$Shape): Kinova.Api.Session.PayloadSessionStatusRaw & Kinova.Api.Session.PayloadSessionStatusRaw.$Shape;
                static create(properties?: Kinova.Api.Session.PayloadSessionStatusRaw.$Properties): Kinova.Api.Session.PayloadSessionStatusRaw;

                /**
                 * Encodes the specified PayloadSessionStatusRaw message. Does not implicitly {@link Kinova.Api.Session.PayloadSessionStatusRaw.verify|verify} messages.
                 * @param message PayloadSessionStatusRaw message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Session.PayloadSessionStatusRaw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PayloadSessionStatusRaw message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.PayloadSessionStatusRaw & Kinova.Api.Session.PayloadSessionStatusRaw.$Shape} PayloadSessionStatusRaw
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Session.PayloadSessionStatusRaw & Kinova.Api.Session.PayloadSessionStatusRaw.$Shape;

                /**
                 * Verifies a PayloadSessionStatusRaw message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PayloadSessionStatusRaw message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PayloadSessionStatusRaw
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Session.PayloadSessionStatusRaw;

                /**
                 * Creates a plain object from a PayloadSessionStatusRaw message. Also converts values to other types if specified.
                 * @param message PayloadSessionStatusRaw
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Session.PayloadSessionStatusRaw, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PayloadSessionStatusRaw to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PayloadSessionStatusRaw
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PayloadSessionStatusRaw {

                /** Properties of a PayloadSessionStatusRaw. */
                interface $Properties {

                    /** PayloadSessionStatusRaw sessions */
                    sessions?: (Kinova.Api.Session.SessionStatusHandle.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PayloadSessionStatusRaw. */
                type $Shape = Kinova.Api.Session.PayloadSessionStatusRaw.$Properties;
            }

            /**
             * Properties of a TemporaryRoleRequest.
             * @deprecated Use Kinova.Api.Session.TemporaryRoleRequest.$Properties instead.
             */
            interface ITemporaryRoleRequest extends Kinova.Api.Session.TemporaryRoleRequest.$Properties {
            }

            /** Represents a TemporaryRoleRequest. */
            class TemporaryRoleRequest {

                /**
                 * Constructs a new TemporaryRoleRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Session.TemporaryRoleRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TemporaryRoleRequest roleIdentifier. */
                roleIdentifier: string;

                /** TemporaryRoleRequest password. */
                password: string;

                /**
                 * Creates a new TemporaryRoleRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TemporaryRoleRequest instance
                 */
                static create(properties: Kinova.Api.Session.TemporaryRoleRequest.$Shape): Kinova.Api.Session.TemporaryRoleRequest & Kinova.Api.Session.TemporaryRoleRequest.$Shape;
                static create(properties?: Kinova.Api.Session.TemporaryRoleRequest.$Properties): Kinova.Api.Session.TemporaryRoleRequest;

                /**
                 * Encodes the specified TemporaryRoleRequest message. Does not implicitly {@link Kinova.Api.Session.TemporaryRoleRequest.verify|verify} messages.
                 * @param message TemporaryRoleRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Session.TemporaryRoleRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TemporaryRoleRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.TemporaryRoleRequest & Kinova.Api.Session.TemporaryRoleRequest.$Shape} TemporaryRoleRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Session.TemporaryRoleRequest & Kinova.Api.Session.TemporaryRoleRequest.$Shape;

                /**
                 * Verifies a TemporaryRoleRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TemporaryRoleRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TemporaryRoleRequest
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Session.TemporaryRoleRequest;

                /**
                 * Creates a plain object from a TemporaryRoleRequest message. Also converts values to other types if specified.
                 * @param message TemporaryRoleRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Session.TemporaryRoleRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TemporaryRoleRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TemporaryRoleRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TemporaryRoleRequest {

                /** Properties of a TemporaryRoleRequest. */
                interface $Properties {

                    /** TemporaryRoleRequest roleIdentifier */
                    roleIdentifier?: (string|null);

                    /** TemporaryRoleRequest password */
                    password?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TemporaryRoleRequest. */
                type $Shape = Kinova.Api.Session.TemporaryRoleRequest.$Properties;
            }

            /**
             * Properties of an AccessControlOptions.
             * @deprecated Use Kinova.Api.Session.AccessControlOptions.$Properties instead.
             */
            interface IAccessControlOptions extends Kinova.Api.Session.AccessControlOptions.$Properties {
            }

            /** Represents an AccessControlOptions. */
            class AccessControlOptions {

                /**
                 * Constructs a new AccessControlOptions.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Session.AccessControlOptions.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccessControlOptions singleSourceControl. */
                singleSourceControl: boolean;

                /** AccessControlOptions bypassRemoteAccess. */
                bypassRemoteAccess: boolean;

                /**
                 * Creates a new AccessControlOptions instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AccessControlOptions instance
                 */
                static create(properties: Kinova.Api.Session.AccessControlOptions.$Shape): Kinova.Api.Session.AccessControlOptions & Kinova.Api.Session.AccessControlOptions.$Shape;
                static create(properties?: Kinova.Api.Session.AccessControlOptions.$Properties): Kinova.Api.Session.AccessControlOptions;

                /**
                 * Encodes the specified AccessControlOptions message. Does not implicitly {@link Kinova.Api.Session.AccessControlOptions.verify|verify} messages.
                 * @param message AccessControlOptions message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Session.AccessControlOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccessControlOptions message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Session.AccessControlOptions & Kinova.Api.Session.AccessControlOptions.$Shape} AccessControlOptions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Session.AccessControlOptions & Kinova.Api.Session.AccessControlOptions.$Shape;

                /**
                 * Verifies an AccessControlOptions message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AccessControlOptions message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AccessControlOptions
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Session.AccessControlOptions;

                /**
                 * Creates a plain object from an AccessControlOptions message. Also converts values to other types if specified.
                 * @param message AccessControlOptions
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Session.AccessControlOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AccessControlOptions to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AccessControlOptions
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccessControlOptions {

                /** Properties of an AccessControlOptions. */
                interface $Properties {

                    /** AccessControlOptions singleSourceControl */
                    singleSourceControl?: (boolean|null);

                    /** AccessControlOptions bypassRemoteAccess */
                    bypassRemoteAccess?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccessControlOptions. */
                type $Shape = Kinova.Api.Session.AccessControlOptions.$Properties;
            }
        }

        /** Namespace Base. */
        namespace Base {

            /**
             * Properties of an ArmStateInformation.
             * @deprecated Use Kinova.Api.Base.ArmStateInformation.$Properties instead.
             */
            interface IArmStateInformation extends Kinova.Api.Base.ArmStateInformation.$Properties {
            }

            /** Represents an ArmStateInformation. */
            class ArmStateInformation {

                /**
                 * Constructs a new ArmStateInformation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Base.ArmStateInformation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ArmStateInformation activeState. */
                activeState: Kinova.Api.Common.ArmState;

                /** ArmStateInformation connection. */
                connection?: (Kinova.Api.Common.Connection.$Properties|null);

                /**
                 * Creates a new ArmStateInformation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ArmStateInformation instance
                 */
                static create(properties: Kinova.Api.Base.ArmStateInformation.$Shape): Kinova.Api.Base.ArmStateInformation & Kinova.Api.Base.ArmStateInformation.$Shape;
                static create(properties?: Kinova.Api.Base.ArmStateInformation.$Properties): Kinova.Api.Base.ArmStateInformation;

                /**
                 * Encodes the specified ArmStateInformation message. Does not implicitly {@link Kinova.Api.Base.ArmStateInformation.verify|verify} messages.
                 * @param message ArmStateInformation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Base.ArmStateInformation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ArmStateInformation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ArmStateInformation & Kinova.Api.Base.ArmStateInformation.$Shape} ArmStateInformation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.ArmStateInformation & Kinova.Api.Base.ArmStateInformation.$Shape;

                /**
                 * Verifies an ArmStateInformation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ArmStateInformation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ArmStateInformation
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Base.ArmStateInformation;

                /**
                 * Creates a plain object from an ArmStateInformation message. Also converts values to other types if specified.
                 * @param message ArmStateInformation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Base.ArmStateInformation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ArmStateInformation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ArmStateInformation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ArmStateInformation {

                /** Properties of an ArmStateInformation. */
                interface $Properties {

                    /** ArmStateInformation activeState */
                    activeState?: (Kinova.Api.Common.ArmState|null);

                    /** ArmStateInformation connection */
                    connection?: (Kinova.Api.Common.Connection.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ArmStateInformation. */
                type $Shape = Kinova.Api.Base.ArmStateInformation.$Properties;
            }

            /**
             * Properties of an ArmStateNotification.
             * @deprecated Use Kinova.Api.Base.ArmStateNotification.$Properties instead.
             */
            interface IArmStateNotification extends Kinova.Api.Base.ArmStateNotification.$Properties {
            }

            /** Represents an ArmStateNotification. */
            class ArmStateNotification {

                /**
                 * Constructs a new ArmStateNotification.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Base.ArmStateNotification.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ArmStateNotification activeState. */
                activeState: Kinova.Api.Common.ArmState;

                /** ArmStateNotification timestamp. */
                timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** ArmStateNotification connection. */
                connection?: (Kinova.Api.Common.Connection.$Properties|null);

                /**
                 * Creates a new ArmStateNotification instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ArmStateNotification instance
                 */
                static create(properties: Kinova.Api.Base.ArmStateNotification.$Shape): Kinova.Api.Base.ArmStateNotification & Kinova.Api.Base.ArmStateNotification.$Shape;
                static create(properties?: Kinova.Api.Base.ArmStateNotification.$Properties): Kinova.Api.Base.ArmStateNotification;

                /**
                 * Encodes the specified ArmStateNotification message. Does not implicitly {@link Kinova.Api.Base.ArmStateNotification.verify|verify} messages.
                 * @param message ArmStateNotification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Base.ArmStateNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ArmStateNotification message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ArmStateNotification & Kinova.Api.Base.ArmStateNotification.$Shape} ArmStateNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.ArmStateNotification & Kinova.Api.Base.ArmStateNotification.$Shape;

                /**
                 * Verifies an ArmStateNotification message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ArmStateNotification message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ArmStateNotification
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Base.ArmStateNotification;

                /**
                 * Creates a plain object from an ArmStateNotification message. Also converts values to other types if specified.
                 * @param message ArmStateNotification
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Base.ArmStateNotification, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ArmStateNotification to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ArmStateNotification
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ArmStateNotification {

                /** Properties of an ArmStateNotification. */
                interface $Properties {

                    /** ArmStateNotification activeState */
                    activeState?: (Kinova.Api.Common.ArmState|null);

                    /** ArmStateNotification timestamp */
                    timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** ArmStateNotification connection */
                    connection?: (Kinova.Api.Common.Connection.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ArmStateNotification. */
                type $Shape = Kinova.Api.Base.ArmStateNotification.$Properties;
            }
        }
    }
}
