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

                /** ARMSTATE_POSITION_UNKNOWN value */
                ARMSTATE_POSITION_UNKNOWN = 11,

                /** ARMSTATE_ARM_OPERATIONAL value */
                ARMSTATE_ARM_OPERATIONAL = 12,

                /** ARMSTATE_RECOVERY value */
                ARMSTATE_RECOVERY = 13,

                /** ARMSTATE_CONTROLLER_INITIALIZATION value */
                ARMSTATE_CONTROLLER_INITIALIZATION = 14,

                /** ARMSTATE_WAIT_FOR_POSITION_CONFIRMATION value */
                ARMSTATE_WAIT_FOR_POSITION_CONFIRMATION = 15,

                /** ARMSTATE_IN_FAULT_POWERED_OFF value */
                ARMSTATE_IN_FAULT_POWERED_OFF = 16,

                /** ARMSTATE_IN_UNRECOVERABLE_FAULT value */
                ARMSTATE_IN_UNRECOVERABLE_FAULT = 17,

                /** ARMSTATE_RESERVED value */
                ARMSTATE_RESERVED = 255
            }

            /** NotificationSeverity enum. */
            enum NotificationSeverity {

                /** NOTIF_DEBUG value */
                NOTIF_DEBUG = 0,

                /** NOTIF_INFO value */
                NOTIF_INFO = 1,

                /** NOTIF_WARNING value */
                NOTIF_WARNING = 2,

                /** NOTIF_ERROR value */
                NOTIF_ERROR = 3,

                /** NOTIF_CRITICAL value */
                NOTIF_CRITICAL = 4
            }

            /**
             * Properties of a NotificationInformation.
             * @deprecated Use Kinova.Api.Common.NotificationInformation.$Properties instead.
             */
            interface INotificationInformation extends Kinova.Api.Common.NotificationInformation.$Properties {
            }

            /** Represents a NotificationInformation. */
            class NotificationInformation {

                /**
                 * Constructs a new NotificationInformation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.NotificationInformation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NotificationInformation severity. */
                severity: Kinova.Api.Common.NotificationSeverity;

                /** NotificationInformation timestamp. */
                timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** NotificationInformation connection. */
                connection?: (Kinova.Api.Common.Connection.$Properties|null);

                /**
                 * Creates a new NotificationInformation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NotificationInformation instance
                 */
                static create(properties: Kinova.Api.Common.NotificationInformation.$Shape): Kinova.Api.Common.NotificationInformation & Kinova.Api.Common.NotificationInformation.$Shape;
                static create(properties?: Kinova.Api.Common.NotificationInformation.$Properties): Kinova.Api.Common.NotificationInformation;

                /**
                 * Encodes the specified NotificationInformation message. Does not implicitly {@link Kinova.Api.Common.NotificationInformation.verify|verify} messages.
                 * @param message NotificationInformation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.NotificationInformation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NotificationInformation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.NotificationInformation & Kinova.Api.Common.NotificationInformation.$Shape} NotificationInformation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.NotificationInformation & Kinova.Api.Common.NotificationInformation.$Shape;

                /**
                 * Verifies a NotificationInformation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NotificationInformation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NotificationInformation
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.NotificationInformation;

                /**
                 * Creates a plain object from a NotificationInformation message. Also converts values to other types if specified.
                 * @param message NotificationInformation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.NotificationInformation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NotificationInformation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NotificationInformation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NotificationInformation {

                /** Properties of a NotificationInformation. */
                interface $Properties {

                    /** NotificationInformation severity */
                    severity?: (Kinova.Api.Common.NotificationSeverity|null);

                    /** NotificationInformation timestamp */
                    timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** NotificationInformation connection */
                    connection?: (Kinova.Api.Common.Connection.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NotificationInformation. */
                type $Shape = Kinova.Api.Common.NotificationInformation.$Properties;
            }

            /**
             * Properties of a TimestampFromEpoch.
             * @deprecated Use Kinova.Api.Common.TimestampFromEpoch.$Properties instead.
             */
            interface ITimestampFromEpoch extends Kinova.Api.Common.TimestampFromEpoch.$Properties {
            }

            /** Represents a TimestampFromEpoch. */
            class TimestampFromEpoch {

                /**
                 * Constructs a new TimestampFromEpoch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.TimestampFromEpoch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TimestampFromEpoch usec. */
                usec: number;

                /**
                 * Creates a new TimestampFromEpoch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TimestampFromEpoch instance
                 */
                static create(properties: Kinova.Api.Common.TimestampFromEpoch.$Shape): Kinova.Api.Common.TimestampFromEpoch & Kinova.Api.Common.TimestampFromEpoch.$Shape;
                static create(properties?: Kinova.Api.Common.TimestampFromEpoch.$Properties): Kinova.Api.Common.TimestampFromEpoch;

                /**
                 * Encodes the specified TimestampFromEpoch message. Does not implicitly {@link Kinova.Api.Common.TimestampFromEpoch.verify|verify} messages.
                 * @param message TimestampFromEpoch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.TimestampFromEpoch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TimestampFromEpoch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.TimestampFromEpoch & Kinova.Api.Common.TimestampFromEpoch.$Shape} TimestampFromEpoch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.TimestampFromEpoch & Kinova.Api.Common.TimestampFromEpoch.$Shape;

                /**
                 * Verifies a TimestampFromEpoch message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TimestampFromEpoch message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TimestampFromEpoch
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.TimestampFromEpoch;

                /**
                 * Creates a plain object from a TimestampFromEpoch message. Also converts values to other types if specified.
                 * @param message TimestampFromEpoch
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.TimestampFromEpoch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TimestampFromEpoch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TimestampFromEpoch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TimestampFromEpoch {

                /** Properties of a TimestampFromEpoch. */
                interface $Properties {

                    /** TimestampFromEpoch usec */
                    usec?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TimestampFromEpoch. */
                type $Shape = Kinova.Api.Common.TimestampFromEpoch.$Properties;
            }

            /**
             * Properties of a ProgramHandle.
             * @deprecated Use Kinova.Api.Common.ProgramHandle.$Properties instead.
             */
            interface IProgramHandle extends Kinova.Api.Common.ProgramHandle.$Properties {
            }

            /** Represents a ProgramHandle. */
            class ProgramHandle {

                /**
                 * Constructs a new ProgramHandle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.ProgramHandle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProgramHandle identifier. */
                identifier: number;

                /** ProgramHandle permission. */
                permission: number;

                /**
                 * Creates a new ProgramHandle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProgramHandle instance
                 */
                static create(properties: Kinova.Api.Common.ProgramHandle.$Shape): Kinova.Api.Common.ProgramHandle & Kinova.Api.Common.ProgramHandle.$Shape;
                static create(properties?: Kinova.Api.Common.ProgramHandle.$Properties): Kinova.Api.Common.ProgramHandle;

                /**
                 * Encodes the specified ProgramHandle message. Does not implicitly {@link Kinova.Api.Common.ProgramHandle.verify|verify} messages.
                 * @param message ProgramHandle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.ProgramHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProgramHandle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.ProgramHandle & Kinova.Api.Common.ProgramHandle.$Shape} ProgramHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.ProgramHandle & Kinova.Api.Common.ProgramHandle.$Shape;

                /**
                 * Verifies a ProgramHandle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProgramHandle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProgramHandle
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.ProgramHandle;

                /**
                 * Creates a plain object from a ProgramHandle message. Also converts values to other types if specified.
                 * @param message ProgramHandle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.ProgramHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProgramHandle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProgramHandle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProgramHandle {

                /** Properties of a ProgramHandle. */
                interface $Properties {

                    /** ProgramHandle identifier */
                    identifier?: (number|null);

                    /** ProgramHandle permission */
                    permission?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProgramHandle. */
                type $Shape = Kinova.Api.Common.ProgramHandle.$Properties;
            }

            /**
             * Properties of an ActionHandle.
             * @deprecated Use Kinova.Api.Common.ActionHandle.$Properties instead.
             */
            interface IActionHandle extends Kinova.Api.Common.ActionHandle.$Properties {
            }

            /** Represents an ActionHandle. */
            class ActionHandle {

                /**
                 * Constructs a new ActionHandle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Common.ActionHandle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ActionHandle identifier. */
                identifier: number;

                /**
                 * Creates a new ActionHandle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ActionHandle instance
                 */
                static create(properties: Kinova.Api.Common.ActionHandle.$Shape): Kinova.Api.Common.ActionHandle & Kinova.Api.Common.ActionHandle.$Shape;
                static create(properties?: Kinova.Api.Common.ActionHandle.$Properties): Kinova.Api.Common.ActionHandle;

                /**
                 * Encodes the specified ActionHandle message. Does not implicitly {@link Kinova.Api.Common.ActionHandle.verify|verify} messages.
                 * @param message ActionHandle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Common.ActionHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ActionHandle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Common.ActionHandle & Kinova.Api.Common.ActionHandle.$Shape} ActionHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Common.ActionHandle & Kinova.Api.Common.ActionHandle.$Shape;

                /**
                 * Verifies an ActionHandle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ActionHandle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ActionHandle
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Common.ActionHandle;

                /**
                 * Creates a plain object from an ActionHandle message. Also converts values to other types if specified.
                 * @param message ActionHandle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Common.ActionHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ActionHandle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ActionHandle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ActionHandle {

                /** Properties of an ActionHandle. */
                interface $Properties {

                    /** ActionHandle identifier */
                    identifier?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ActionHandle. */
                type $Shape = Kinova.Api.Common.ActionHandle.$Properties;
            }

            /** OperatingModeType enum. */
            enum OperatingModeType {

                /** OPERATING_MODE_UNSPECIFIED value */
                OPERATING_MODE_UNSPECIFIED = 0,

                /** OPERATING_MODE_JOG_MANUAL value */
                OPERATING_MODE_JOG_MANUAL = 1,

                /** OPERATING_MODE_HAND_GUIDING value */
                OPERATING_MODE_HAND_GUIDING = 2,

                /** OPERATING_MODE_HOLD_TO_RUN value */
                OPERATING_MODE_HOLD_TO_RUN = 3,

                /** OPERATING_MODE_AUTO value */
                OPERATING_MODE_AUTO = 4,

                /** OPERATING_MODE_MONITORED_STOP value */
                OPERATING_MODE_MONITORED_STOP = 5
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

                /** ArmStateNotification genericInfo. */
                genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

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

                    /** ArmStateNotification genericInfo */
                    genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ArmStateNotification. */
                type $Shape = Kinova.Api.Base.ArmStateNotification.$Properties;
            }

            /** ActionType enum. */
            enum ActionType {

                /** UNSPECIFIED_ACTION value */
                UNSPECIFIED_ACTION = 0,

                /** SEND_TWIST_COMMAND value */
                SEND_TWIST_COMMAND = 1,

                /** SEND_WRENCH_COMMAND value */
                SEND_WRENCH_COMMAND = 2,

                /** SEND_JOINT_SPEEDS value */
                SEND_JOINT_SPEEDS = 4,

                /** REACH_POSE value */
                REACH_POSE = 6,

                /** REACH_JOINT_ANGLES value */
                REACH_JOINT_ANGLES = 7,

                /** TOGGLE_ADMITTANCE_MODE value */
                TOGGLE_ADMITTANCE_MODE = 13,

                /** SNAPSHOT value */
                SNAPSHOT = 14,

                /** SWITCH_CONTROL_MAPPING value */
                SWITCH_CONTROL_MAPPING = 16,

                /** NAVIGATE_JOINTS value */
                NAVIGATE_JOINTS = 17,

                /** NAVIGATE_MAPPINGS value */
                NAVIGATE_MAPPINGS = 18,

                /** CHANGE_TWIST value */
                CHANGE_TWIST = 22,

                /** CHANGE_JOINT_SPEEDS value */
                CHANGE_JOINT_SPEEDS = 23,

                /** CHANGE_WRENCH value */
                CHANGE_WRENCH = 25,

                /** APPLY_EMERGENCY_STOP value */
                APPLY_EMERGENCY_STOP = 28,

                /** CLEAR_FAULTS value */
                CLEAR_FAULTS = 29,

                /** TIME_DELAY value */
                TIME_DELAY = 31,

                /** EXECUTE_ACTION value */
                EXECUTE_ACTION = 32,

                /** SEND_GRIPPER_COMMAND value */
                SEND_GRIPPER_COMMAND = 33,

                /** SEND_GPIO_COMMAND value */
                SEND_GPIO_COMMAND = 34,

                /** STOP_ACTION value */
                STOP_ACTION = 35,

                /** PLAY_PRE_COMPUTED_TRAJECTORY value */
                PLAY_PRE_COMPUTED_TRAJECTORY = 39,

                /** EXECUTE_SEQUENCE value */
                EXECUTE_SEQUENCE = 40,

                /** EXECUTE_WAYPOINT_LIST value */
                EXECUTE_WAYPOINT_LIST = 41
            }

            /**
             * Properties of an ActionHandle.
             * @deprecated Use Kinova.Api.Base.ActionHandle.$Properties instead.
             */
            interface IActionHandle extends Kinova.Api.Base.ActionHandle.$Properties {
            }

            /** Represents an ActionHandle. */
            class ActionHandle {

                /**
                 * Constructs a new ActionHandle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Base.ActionHandle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ActionHandle identifier. */
                identifier: number;

                /** ActionHandle actionType. */
                actionType: Kinova.Api.Base.ActionType;

                /** ActionHandle permission. */
                permission: number;

                /**
                 * Creates a new ActionHandle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ActionHandle instance
                 */
                static create(properties: Kinova.Api.Base.ActionHandle.$Shape): Kinova.Api.Base.ActionHandle & Kinova.Api.Base.ActionHandle.$Shape;
                static create(properties?: Kinova.Api.Base.ActionHandle.$Properties): Kinova.Api.Base.ActionHandle;

                /**
                 * Encodes the specified ActionHandle message. Does not implicitly {@link Kinova.Api.Base.ActionHandle.verify|verify} messages.
                 * @param message ActionHandle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Base.ActionHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ActionHandle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ActionHandle & Kinova.Api.Base.ActionHandle.$Shape} ActionHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.ActionHandle & Kinova.Api.Base.ActionHandle.$Shape;

                /**
                 * Verifies an ActionHandle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ActionHandle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ActionHandle
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Base.ActionHandle;

                /**
                 * Creates a plain object from an ActionHandle message. Also converts values to other types if specified.
                 * @param message ActionHandle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Base.ActionHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ActionHandle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ActionHandle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ActionHandle {

                /** Properties of an ActionHandle. */
                interface $Properties {

                    /** ActionHandle identifier */
                    identifier?: (number|null);

                    /** ActionHandle actionType */
                    actionType?: (Kinova.Api.Base.ActionType|null);

                    /** ActionHandle permission */
                    permission?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ActionHandle. */
                type $Shape = Kinova.Api.Base.ActionHandle.$Properties;
            }

            /**
             * Properties of a RequestedActionType.
             * @deprecated Use Kinova.Api.Base.RequestedActionType.$Properties instead.
             */
            interface IRequestedActionType extends Kinova.Api.Base.RequestedActionType.$Properties {
            }

            /** Represents a RequestedActionType. */
            class RequestedActionType {

                /**
                 * Constructs a new RequestedActionType.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Base.RequestedActionType.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RequestedActionType actionType. */
                actionType: Kinova.Api.Base.ActionType;

                /**
                 * Creates a new RequestedActionType instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RequestedActionType instance
                 */
                static create(properties: Kinova.Api.Base.RequestedActionType.$Shape): Kinova.Api.Base.RequestedActionType & Kinova.Api.Base.RequestedActionType.$Shape;
                static create(properties?: Kinova.Api.Base.RequestedActionType.$Properties): Kinova.Api.Base.RequestedActionType;

                /**
                 * Encodes the specified RequestedActionType message. Does not implicitly {@link Kinova.Api.Base.RequestedActionType.verify|verify} messages.
                 * @param message RequestedActionType message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Base.RequestedActionType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RequestedActionType message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.RequestedActionType & Kinova.Api.Base.RequestedActionType.$Shape} RequestedActionType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.RequestedActionType & Kinova.Api.Base.RequestedActionType.$Shape;

                /**
                 * Verifies a RequestedActionType message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RequestedActionType message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RequestedActionType
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Base.RequestedActionType;

                /**
                 * Creates a plain object from a RequestedActionType message. Also converts values to other types if specified.
                 * @param message RequestedActionType
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Base.RequestedActionType, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RequestedActionType to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RequestedActionType
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RequestedActionType {

                /** Properties of a RequestedActionType. */
                interface $Properties {

                    /** RequestedActionType actionType */
                    actionType?: (Kinova.Api.Base.ActionType|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RequestedActionType. */
                type $Shape = Kinova.Api.Base.RequestedActionType.$Properties;
            }

            /**
             * Properties of an Action.
             * @deprecated Use Kinova.Api.Base.Action.$Properties instead.
             */
            interface IAction extends Kinova.Api.Base.Action.$Properties {
            }

            /** Represents an Action. */
            class Action {

                /**
                 * Constructs a new Action.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Base.Action.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Action handle. */
                handle?: (Kinova.Api.Base.ActionHandle.$Properties|null);

                /** Action name. */
                name: string;

                /** Action applicationData. */
                applicationData: string;

                /**
                 * Creates a new Action instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Action instance
                 */
                static create(properties: Kinova.Api.Base.Action.$Shape): Kinova.Api.Base.Action & Kinova.Api.Base.Action.$Shape;
                static create(properties?: Kinova.Api.Base.Action.$Properties): Kinova.Api.Base.Action;

                /**
                 * Encodes the specified Action message. Does not implicitly {@link Kinova.Api.Base.Action.verify|verify} messages.
                 * @param message Action message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Base.Action.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Action message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.Action & Kinova.Api.Base.Action.$Shape} Action
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.Action & Kinova.Api.Base.Action.$Shape;

                /**
                 * Verifies an Action message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Action message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Action
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Base.Action;

                /**
                 * Creates a plain object from an Action message. Also converts values to other types if specified.
                 * @param message Action
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Base.Action, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Action to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Action
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Action {

                /** Properties of an Action. */
                interface $Properties {

                    /** Action handle */
                    handle?: (Kinova.Api.Base.ActionHandle.$Properties|null);

                    /** Action name */
                    name?: (string|null);

                    /** Action applicationData */
                    applicationData?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Action. */
                type $Shape = Kinova.Api.Base.Action.$Properties;
            }

            /**
             * Properties of an ActionList.
             * @deprecated Use Kinova.Api.Base.ActionList.$Properties instead.
             */
            interface IActionList extends Kinova.Api.Base.ActionList.$Properties {
            }

            /** Represents an ActionList. */
            class ActionList {

                /**
                 * Constructs a new ActionList.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Base.ActionList.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ActionList actionList. */
                actionList: Kinova.Api.Base.Action.$Properties[];

                /**
                 * Creates a new ActionList instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ActionList instance
                 */
                static create(properties: Kinova.Api.Base.ActionList.$Shape): Kinova.Api.Base.ActionList & Kinova.Api.Base.ActionList.$Shape;
                static create(properties?: Kinova.Api.Base.ActionList.$Properties): Kinova.Api.Base.ActionList;

                /**
                 * Encodes the specified ActionList message. Does not implicitly {@link Kinova.Api.Base.ActionList.verify|verify} messages.
                 * @param message ActionList message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Base.ActionList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ActionList message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ActionList & Kinova.Api.Base.ActionList.$Shape} ActionList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.ActionList & Kinova.Api.Base.ActionList.$Shape;

                /**
                 * Verifies an ActionList message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ActionList message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ActionList
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Base.ActionList;

                /**
                 * Creates a plain object from an ActionList message. Also converts values to other types if specified.
                 * @param message ActionList
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Base.ActionList, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ActionList to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ActionList
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ActionList {

                /** Properties of an ActionList. */
                interface $Properties {

                    /** ActionList actionList */
                    actionList?: (Kinova.Api.Base.Action.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ActionList. */
                type $Shape = Kinova.Api.Base.ActionList.$Properties;
            }

            /** ActionEvent enum. */
            enum ActionEvent {

                /** UNSPECIFIED_ACTION_EVENT value */
                UNSPECIFIED_ACTION_EVENT = 0,

                /** ACTION_END value */
                ACTION_END = 1,

                /** ACTION_ABORT value */
                ACTION_ABORT = 2,

                /** ACTION_PAUSE value */
                ACTION_PAUSE = 3,

                /** ACTION_START value */
                ACTION_START = 4,

                /** ACTION_PREPROCESS_START value */
                ACTION_PREPROCESS_START = 5,

                /** ACTION_PREPROCESS_ABORT value */
                ACTION_PREPROCESS_ABORT = 6,

                /** ACTION_PREPROCESS_END value */
                ACTION_PREPROCESS_END = 7,

                /** ACTION_POSTPROCESS_START value */
                ACTION_POSTPROCESS_START = 8,

                /** ACTION_POSTPROCESS_ABORT value */
                ACTION_POSTPROCESS_ABORT = 9,

                /** ACTION_POSTPROCESS_END value */
                ACTION_POSTPROCESS_END = 10,

                /** ACTION_FEEDBACK value */
                ACTION_FEEDBACK = 11
            }

            /** TrajectoryInfoType enum. */
            enum TrajectoryInfoType {

                /** UNSPECIFIED_TRAJECTORY_INFORMATION value */
                UNSPECIFIED_TRAJECTORY_INFORMATION = 0,

                /** JOINT_ACCELERATION_LIMIT_REACHED value */
                JOINT_ACCELERATION_LIMIT_REACHED = 1,

                /** JOINT_SPEED_LIMIT_REACHED value */
                JOINT_SPEED_LIMIT_REACHED = 2,

                /** JOINT_POSITION_LIMIT_REACHED value */
                JOINT_POSITION_LIMIT_REACHED = 3,

                /** JOINT_TORQUE_LIMIT_REACHED value */
                JOINT_TORQUE_LIMIT_REACHED = 4,

                /** SINGULARITY_REGION value */
                SINGULARITY_REGION = 5,

                /** INVERSE_KINEMATIC_FAILED value */
                INVERSE_KINEMATIC_FAILED = 6,

                /** CARTESIAN_ACCELERATION_LIMIT_REACHED value */
                CARTESIAN_ACCELERATION_LIMIT_REACHED = 7,

                /** CARTESIAN_SPEED_LIMIT_REACHED value */
                CARTESIAN_SPEED_LIMIT_REACHED = 8,

                /** CARTESIAN_POSITION_LIMIT_REACHED value */
                CARTESIAN_POSITION_LIMIT_REACHED = 9,

                /** CARTESIAN_WRENCH_LIMIT_REACHED value */
                CARTESIAN_WRENCH_LIMIT_REACHED = 10,

                /** ENTERING_PROTECTION_ZONE value */
                ENTERING_PROTECTION_ZONE = 11,

                /** WAYPOINT_REACHED value */
                WAYPOINT_REACHED = 12,

                /** TRAJECTORY_OK value */
                TRAJECTORY_OK = 13
            }

            /**
             * Properties of a TrajectoryInfo.
             * @deprecated Use Kinova.Api.Base.TrajectoryInfo.$Properties instead.
             */
            interface ITrajectoryInfo extends Kinova.Api.Base.TrajectoryInfo.$Properties {
            }

            /** Represents a TrajectoryInfo. */
            class TrajectoryInfo {

                /**
                 * Constructs a new TrajectoryInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Base.TrajectoryInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TrajectoryInfo trajectoryInfoType. */
                trajectoryInfoType: Kinova.Api.Base.TrajectoryInfoType;

                /** TrajectoryInfo waypointIndex. */
                waypointIndex: number;

                /** TrajectoryInfo jointIndex. */
                jointIndex: number;

                /**
                 * Creates a new TrajectoryInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrajectoryInfo instance
                 */
                static create(properties: Kinova.Api.Base.TrajectoryInfo.$Shape): Kinova.Api.Base.TrajectoryInfo & Kinova.Api.Base.TrajectoryInfo.$Shape;
                static create(properties?: Kinova.Api.Base.TrajectoryInfo.$Properties): Kinova.Api.Base.TrajectoryInfo;

                /**
                 * Encodes the specified TrajectoryInfo message. Does not implicitly {@link Kinova.Api.Base.TrajectoryInfo.verify|verify} messages.
                 * @param message TrajectoryInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Base.TrajectoryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrajectoryInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.TrajectoryInfo & Kinova.Api.Base.TrajectoryInfo.$Shape} TrajectoryInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.TrajectoryInfo & Kinova.Api.Base.TrajectoryInfo.$Shape;

                /**
                 * Verifies a TrajectoryInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TrajectoryInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TrajectoryInfo
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Base.TrajectoryInfo;

                /**
                 * Creates a plain object from a TrajectoryInfo message. Also converts values to other types if specified.
                 * @param message TrajectoryInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Base.TrajectoryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TrajectoryInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TrajectoryInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrajectoryInfo {

                /** Properties of a TrajectoryInfo. */
                interface $Properties {

                    /** TrajectoryInfo trajectoryInfoType */
                    trajectoryInfoType?: (Kinova.Api.Base.TrajectoryInfoType|null);

                    /** TrajectoryInfo waypointIndex */
                    waypointIndex?: (number|null);

                    /** TrajectoryInfo jointIndex */
                    jointIndex?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrajectoryInfo. */
                type $Shape = Kinova.Api.Base.TrajectoryInfo.$Properties;
            }

            /**
             * Properties of an ActionNotification.
             * @deprecated Use Kinova.Api.Base.ActionNotification.$Properties instead.
             */
            interface IActionNotification extends Kinova.Api.Base.ActionNotification.$Properties {
            }

            /** Represents an ActionNotification. */
            class ActionNotification {

                /**
                 * Constructs a new ActionNotification.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.Base.ActionNotification.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ActionNotification actionEvent. */
                actionEvent: Kinova.Api.Base.ActionEvent;

                /** ActionNotification handle. */
                handle?: (Kinova.Api.Base.ActionHandle.$Properties|null);

                /** ActionNotification timestamp. */
                timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** ActionNotification userHandle. */
                userHandle?: (Kinova.Api.Common.UserProfileHandle.$Properties|null);

                /** ActionNotification abortDetails. */
                abortDetails: Kinova.Api.SubErrorCodes;

                /** ActionNotification connection. */
                connection?: (Kinova.Api.Common.Connection.$Properties|null);

                /** ActionNotification trajectoryInfo. */
                trajectoryInfo: Kinova.Api.Base.TrajectoryInfo.$Properties[];

                /**
                 * Creates a new ActionNotification instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ActionNotification instance
                 */
                static create(properties: Kinova.Api.Base.ActionNotification.$Shape): Kinova.Api.Base.ActionNotification & Kinova.Api.Base.ActionNotification.$Shape;
                static create(properties?: Kinova.Api.Base.ActionNotification.$Properties): Kinova.Api.Base.ActionNotification;

                /**
                 * Encodes the specified ActionNotification message. Does not implicitly {@link Kinova.Api.Base.ActionNotification.verify|verify} messages.
                 * @param message ActionNotification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.Base.ActionNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ActionNotification message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.Base.ActionNotification & Kinova.Api.Base.ActionNotification.$Shape} ActionNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.ActionNotification & Kinova.Api.Base.ActionNotification.$Shape;

                /**
                 * Verifies an ActionNotification message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ActionNotification message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ActionNotification
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.Base.ActionNotification;

                /**
                 * Creates a plain object from an ActionNotification message. Also converts values to other types if specified.
                 * @param message ActionNotification
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.Base.ActionNotification, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ActionNotification to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ActionNotification
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ActionNotification {

                /** Properties of an ActionNotification. */
                interface $Properties {

                    /** ActionNotification actionEvent */
                    actionEvent?: (Kinova.Api.Base.ActionEvent|null);

                    /** ActionNotification handle */
                    handle?: (Kinova.Api.Base.ActionHandle.$Properties|null);

                    /** ActionNotification timestamp */
                    timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** ActionNotification userHandle */
                    userHandle?: (Kinova.Api.Common.UserProfileHandle.$Properties|null);

                    /** ActionNotification abortDetails */
                    abortDetails?: (Kinova.Api.SubErrorCodes|null);

                    /** ActionNotification connection */
                    connection?: (Kinova.Api.Common.Connection.$Properties|null);

                    /** ActionNotification trajectoryInfo */
                    trajectoryInfo?: (Kinova.Api.Base.TrajectoryInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ActionNotification. */
                type $Shape = Kinova.Api.Base.ActionNotification.$Properties;
            }

            /** Namespace K3. */
            namespace K3 {

                /** ActionType enum. */
                enum ActionType {

                    /** UNSPECIFIED_ACTION value */
                    UNSPECIFIED_ACTION = 0,

                    /** SEND_TWIST_COMMAND value */
                    SEND_TWIST_COMMAND = 1,

                    /** SEND_JOINT_SPEEDS value */
                    SEND_JOINT_SPEEDS = 4,

                    /** TOGGLE_HAND_GUIDING_MODE value */
                    TOGGLE_HAND_GUIDING_MODE = 13,

                    /** SWITCH_CONTROL_MAPPING value */
                    SWITCH_CONTROL_MAPPING = 16,

                    /** NAVIGATE_JOINTS value */
                    NAVIGATE_JOINTS = 17,

                    /** NAVIGATE_MAPPINGS value */
                    NAVIGATE_MAPPINGS = 18,

                    /** CHANGE_TWIST value */
                    CHANGE_TWIST = 22,

                    /** CHANGE_JOINT_SPEEDS value */
                    CHANGE_JOINT_SPEEDS = 23,

                    /** APPLY_QUICK_STOP value */
                    APPLY_QUICK_STOP = 28,

                    /** CLEAR_FAULTS value */
                    CLEAR_FAULTS = 29,

                    /** EXECUTE_ACTION value */
                    EXECUTE_ACTION = 32,

                    /** STOP_ACTION value */
                    STOP_ACTION = 35,

                    /** EXECUTE_WAYPOINT_LIST value */
                    EXECUTE_WAYPOINT_LIST = 41,

                    /** CHANGE_PAYLOAD_PARAMETERS value */
                    CHANGE_PAYLOAD_PARAMETERS = 42,

                    /** SET_TOOL_CONFIGURATION_LIST value */
                    SET_TOOL_CONFIGURATION_LIST = 43
                }

                /**
                 * Properties of an ActionHandle.
                 * @deprecated Use Kinova.Api.Base.K3.ActionHandle.$Properties instead.
                 */
                interface IActionHandle extends Kinova.Api.Base.K3.ActionHandle.$Properties {
                }

                /** Represents an ActionHandle. */
                class ActionHandle {

                    /**
                     * Constructs a new ActionHandle.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: Kinova.Api.Base.K3.ActionHandle.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ActionHandle identifier. */
                    identifier: number;

                    /** ActionHandle actionType. */
                    actionType: Kinova.Api.Base.K3.ActionType;

                    /** ActionHandle permission. */
                    permission: number;

                    /**
                     * Creates a new ActionHandle instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ActionHandle instance
                     */
                    static create(properties: Kinova.Api.Base.K3.ActionHandle.$Shape): Kinova.Api.Base.K3.ActionHandle & Kinova.Api.Base.K3.ActionHandle.$Shape;
                    static create(properties?: Kinova.Api.Base.K3.ActionHandle.$Properties): Kinova.Api.Base.K3.ActionHandle;

                    /**
                     * Encodes the specified ActionHandle message. Does not implicitly {@link Kinova.Api.Base.K3.ActionHandle.verify|verify} messages.
                     * @param message ActionHandle message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: Kinova.Api.Base.K3.ActionHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ActionHandle message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {Kinova.Api.Base.K3.ActionHandle & Kinova.Api.Base.K3.ActionHandle.$Shape} ActionHandle
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.K3.ActionHandle & Kinova.Api.Base.K3.ActionHandle.$Shape;

                    /**
                     * Verifies an ActionHandle message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an ActionHandle message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ActionHandle
                     */
                    static fromObject(object: { [k: string]: any }): Kinova.Api.Base.K3.ActionHandle;

                    /**
                     * Creates a plain object from an ActionHandle message. Also converts values to other types if specified.
                     * @param message ActionHandle
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: Kinova.Api.Base.K3.ActionHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ActionHandle to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ActionHandle
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ActionHandle {

                    /** Properties of an ActionHandle. */
                    interface $Properties {

                        /** ActionHandle identifier */
                        identifier?: (number|null);

                        /** ActionHandle actionType */
                        actionType?: (Kinova.Api.Base.K3.ActionType|null);

                        /** ActionHandle permission */
                        permission?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an ActionHandle. */
                    type $Shape = Kinova.Api.Base.K3.ActionHandle.$Properties;
                }

                /**
                 * Properties of an ActionNotification.
                 * @deprecated Use Kinova.Api.Base.K3.ActionNotification.$Properties instead.
                 */
                interface IActionNotification extends Kinova.Api.Base.K3.ActionNotification.$Properties {
                }

                /** Represents an ActionNotification. */
                class ActionNotification {

                    /**
                     * Constructs a new ActionNotification.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: Kinova.Api.Base.K3.ActionNotification.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ActionNotification actionEvent. */
                    actionEvent: Kinova.Api.Base.ActionEvent;

                    /** ActionNotification handle. */
                    handle?: (Kinova.Api.Base.K3.ActionHandle.$Properties|null);

                    /** ActionNotification abortDetails. */
                    abortDetails: Kinova.Api.SubErrorCodes;

                    /** ActionNotification trajectoryInfo. */
                    trajectoryInfo: Kinova.Api.Base.TrajectoryInfo.$Properties[];

                    /** ActionNotification genericInfo. */
                    genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                    /**
                     * Creates a new ActionNotification instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ActionNotification instance
                     */
                    static create(properties: Kinova.Api.Base.K3.ActionNotification.$Shape): Kinova.Api.Base.K3.ActionNotification & Kinova.Api.Base.K3.ActionNotification.$Shape;
                    static create(properties?: Kinova.Api.Base.K3.ActionNotification.$Properties): Kinova.Api.Base.K3.ActionNotification;

                    /**
                     * Encodes the specified ActionNotification message. Does not implicitly {@link Kinova.Api.Base.K3.ActionNotification.verify|verify} messages.
                     * @param message ActionNotification message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: Kinova.Api.Base.K3.ActionNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ActionNotification message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {Kinova.Api.Base.K3.ActionNotification & Kinova.Api.Base.K3.ActionNotification.$Shape} ActionNotification
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.Base.K3.ActionNotification & Kinova.Api.Base.K3.ActionNotification.$Shape;

                    /**
                     * Verifies an ActionNotification message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an ActionNotification message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ActionNotification
                     */
                    static fromObject(object: { [k: string]: any }): Kinova.Api.Base.K3.ActionNotification;

                    /**
                     * Creates a plain object from an ActionNotification message. Also converts values to other types if specified.
                     * @param message ActionNotification
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: Kinova.Api.Base.K3.ActionNotification, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ActionNotification to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ActionNotification
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ActionNotification {

                    /** Properties of an ActionNotification. */
                    interface $Properties {

                        /** ActionNotification actionEvent */
                        actionEvent?: (Kinova.Api.Base.ActionEvent|null);

                        /** ActionNotification handle */
                        handle?: (Kinova.Api.Base.K3.ActionHandle.$Properties|null);

                        /** ActionNotification abortDetails */
                        abortDetails?: (Kinova.Api.SubErrorCodes|null);

                        /** ActionNotification trajectoryInfo */
                        trajectoryInfo?: (Kinova.Api.Base.TrajectoryInfo.$Properties[]|null);

                        /** ActionNotification genericInfo */
                        genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an ActionNotification. */
                    type $Shape = Kinova.Api.Base.K3.ActionNotification.$Properties;
                }
            }
        }

        /** Namespace ProgramConfig. */
        namespace ProgramConfig {

            /**
             * Properties of a Program.
             * @deprecated Use Kinova.Api.ProgramConfig.Program.$Properties instead.
             */
            interface IProgram extends Kinova.Api.ProgramConfig.Program.$Properties {
            }

            /** Represents a Program. */
            class Program {

                /**
                 * Constructs a new Program.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramConfig.Program.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Program handle. */
                handle?: (Kinova.Api.Common.ProgramHandle.$Properties|null);

                /** Program name. */
                name: string;

                /** Program isValidated. */
                isValidated: boolean;

                /** Program lastValidatedOn. */
                lastValidatedOn?: (Kinova.Api.Common.TimestampFromEpoch.$Properties|null);

                /** Program lastModifiedOn. */
                lastModifiedOn?: (Kinova.Api.Common.TimestampFromEpoch.$Properties|null);

                /**
                 * Creates a new Program instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Program instance
                 */
                static create(properties: Kinova.Api.ProgramConfig.Program.$Shape): Kinova.Api.ProgramConfig.Program & Kinova.Api.ProgramConfig.Program.$Shape;
                static create(properties?: Kinova.Api.ProgramConfig.Program.$Properties): Kinova.Api.ProgramConfig.Program;

                /**
                 * Encodes the specified Program message. Does not implicitly {@link Kinova.Api.ProgramConfig.Program.verify|verify} messages.
                 * @param message Program message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramConfig.Program.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Program message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramConfig.Program & Kinova.Api.ProgramConfig.Program.$Shape} Program
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramConfig.Program & Kinova.Api.ProgramConfig.Program.$Shape;

                /**
                 * Verifies a Program message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Program message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Program
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramConfig.Program;

                /**
                 * Creates a plain object from a Program message. Also converts values to other types if specified.
                 * @param message Program
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramConfig.Program, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Program to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Program
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Program {

                /** Properties of a Program. */
                interface $Properties {

                    /** Program handle */
                    handle?: (Kinova.Api.Common.ProgramHandle.$Properties|null);

                    /** Program name */
                    name?: (string|null);

                    /** Program isValidated */
                    isValidated?: (boolean|null);

                    /** Program lastValidatedOn */
                    lastValidatedOn?: (Kinova.Api.Common.TimestampFromEpoch.$Properties|null);

                    /** Program lastModifiedOn */
                    lastModifiedOn?: (Kinova.Api.Common.TimestampFromEpoch.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Program. */
                type $Shape = Kinova.Api.ProgramConfig.Program.$Properties;
            }

            /**
             * Properties of a ProgramList.
             * @deprecated Use Kinova.Api.ProgramConfig.ProgramList.$Properties instead.
             */
            interface IProgramList extends Kinova.Api.ProgramConfig.ProgramList.$Properties {
            }

            /** Represents a ProgramList. */
            class ProgramList {

                /**
                 * Constructs a new ProgramList.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramConfig.ProgramList.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProgramList programs. */
                programs: Kinova.Api.ProgramConfig.Program.$Properties[];

                /**
                 * Creates a new ProgramList instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProgramList instance
                 */
                static create(properties: Kinova.Api.ProgramConfig.ProgramList.$Shape): Kinova.Api.ProgramConfig.ProgramList & Kinova.Api.ProgramConfig.ProgramList.$Shape;
                static create(properties?: Kinova.Api.ProgramConfig.ProgramList.$Properties): Kinova.Api.ProgramConfig.ProgramList;

                /**
                 * Encodes the specified ProgramList message. Does not implicitly {@link Kinova.Api.ProgramConfig.ProgramList.verify|verify} messages.
                 * @param message ProgramList message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramConfig.ProgramList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProgramList message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramConfig.ProgramList & Kinova.Api.ProgramConfig.ProgramList.$Shape} ProgramList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramConfig.ProgramList & Kinova.Api.ProgramConfig.ProgramList.$Shape;

                /**
                 * Verifies a ProgramList message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProgramList message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProgramList
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramConfig.ProgramList;

                /**
                 * Creates a plain object from a ProgramList message. Also converts values to other types if specified.
                 * @param message ProgramList
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramConfig.ProgramList, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProgramList to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProgramList
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProgramList {

                /** Properties of a ProgramList. */
                interface $Properties {

                    /** ProgramList programs */
                    programs?: (Kinova.Api.ProgramConfig.Program.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProgramList. */
                type $Shape = Kinova.Api.ProgramConfig.ProgramList.$Properties;
            }
        }

        /** Namespace ProgramRunner. */
        namespace ProgramRunner {

            /** Status enum. */
            enum Status {

                /** STATUS_UNSPECIFIED value */
                STATUS_UNSPECIFIED = 0,

                /** STATUS_IDLE value */
                STATUS_IDLE = 1,

                /** STATUS_RUNNING value */
                STATUS_RUNNING = 2,

                /** STATUS_PAUSED value */
                STATUS_PAUSED = 3,

                /** STATUS_STARTING value */
                STATUS_STARTING = 4,

                /** STATUS_STOPPING value */
                STATUS_STOPPING = 5,

                /** STATUS_PAUSED_AUTOMATIC_RESUME value */
                STATUS_PAUSED_AUTOMATIC_RESUME = 6,

                /** STATUS_WAITING_FOR_ACKNOWLEDGE value */
                STATUS_WAITING_FOR_ACKNOWLEDGE = 7
            }

            /** ExecutionEvent enum. */
            enum ExecutionEvent {

                /** EXECUTION_EVENT_UNSPECIFIED value */
                EXECUTION_EVENT_UNSPECIFIED = 0,

                /** EXECUTION_EVENT_COMPLETED value */
                EXECUTION_EVENT_COMPLETED = 1,

                /** EXECUTION_EVENT_FAILED value */
                EXECUTION_EVENT_FAILED = 2,

                /** EXECUTION_EVENT_FEEDBACK value */
                EXECUTION_EVENT_FEEDBACK = 3,

                /** EXECUTION_EVENT_PAUSED value */
                EXECUTION_EVENT_PAUSED = 4,

                /** EXECUTION_EVENT_RESUMED value */
                EXECUTION_EVENT_RESUMED = 5,

                /** EXECUTION_EVENT_STARTED value */
                EXECUTION_EVENT_STARTED = 6,

                /** EXECUTION_EVENT_STOPPED value */
                EXECUTION_EVENT_STOPPED = 7
            }

            /** StateEventType enum. */
            enum StateEventType {

                /** STATE_EVENT_TYPE_UNSPECIFIED value */
                STATE_EVENT_TYPE_UNSPECIFIED = 0,

                /** STATE_EVENT_TYPE_ACTION_CONFIGURATION_INTERPOLATION value */
                STATE_EVENT_TYPE_ACTION_CONFIGURATION_INTERPOLATION = 1,

                /** STATE_EVENT_TYPE_ACTION_FAILURE value */
                STATE_EVENT_TYPE_ACTION_FAILURE = 2,

                /** STATE_EVENT_TYPE_ACTION_ENDED value */
                STATE_EVENT_TYPE_ACTION_ENDED = 3,

                /** STATE_EVENT_TYPE_ACTION_STARTED value */
                STATE_EVENT_TYPE_ACTION_STARTED = 4,

                /** STATE_EVENT_TYPE_ACTION_STATE_CHANGED value */
                STATE_EVENT_TYPE_ACTION_STATE_CHANGED = 5,

                /** STATE_EVENT_TYPE_ACTION_STATUS_CHANGED value */
                STATE_EVENT_TYPE_ACTION_STATUS_CHANGED = 6,

                /** STATE_EVENT_TYPE_HOOK value */
                STATE_EVENT_TYPE_HOOK = 7,

                /** STATE_EVENT_TYPE_PLUGIN_ACTION_COMPLETED value */
                STATE_EVENT_TYPE_PLUGIN_ACTION_COMPLETED = 8,

                /** STATE_EVENT_TYPE_PLUGIN_ACTION_CONFIRMATION value */
                STATE_EVENT_TYPE_PLUGIN_ACTION_CONFIRMATION = 9,

                /** STATE_EVENT_TYPE_SEQUENCER_FAILURE value */
                STATE_EVENT_TYPE_SEQUENCER_FAILURE = 10,

                /** STATE_EVENT_TYPE_VARIABLE_CHANGED value */
                STATE_EVENT_TYPE_VARIABLE_CHANGED = 11
            }

            /**
             * Properties of a RunnableHandle.
             * @deprecated Use Kinova.Api.ProgramRunner.RunnableHandle.$Properties instead.
             */
            interface IRunnableHandle extends Kinova.Api.ProgramRunner.RunnableHandle.$Properties {
            }

            /** Represents a RunnableHandle. */
            class RunnableHandle {

                /**
                 * Constructs a new RunnableHandle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.RunnableHandle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunnableHandle actionHandle. */
                actionHandle?: (Kinova.Api.Common.ActionHandle.$Properties|null);

                /** RunnableHandle programHandle. */
                programHandle?: (Kinova.Api.Common.ProgramHandle.$Properties|null);

                /**
                 * Creates a new RunnableHandle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RunnableHandle instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.RunnableHandle.$Shape): Kinova.Api.ProgramRunner.RunnableHandle & Kinova.Api.ProgramRunner.RunnableHandle.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.RunnableHandle.$Properties): Kinova.Api.ProgramRunner.RunnableHandle;

                /**
                 * Encodes the specified RunnableHandle message. Does not implicitly {@link Kinova.Api.ProgramRunner.RunnableHandle.verify|verify} messages.
                 * @param message RunnableHandle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.RunnableHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunnableHandle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.RunnableHandle & Kinova.Api.ProgramRunner.RunnableHandle.$Shape} RunnableHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.RunnableHandle & Kinova.Api.ProgramRunner.RunnableHandle.$Shape;

                /**
                 * Verifies a RunnableHandle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RunnableHandle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RunnableHandle
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.RunnableHandle;

                /**
                 * Creates a plain object from a RunnableHandle message. Also converts values to other types if specified.
                 * @param message RunnableHandle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.RunnableHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RunnableHandle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RunnableHandle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RunnableHandle {

                /** Properties of a RunnableHandle. */
                interface $Properties {

                    /** RunnableHandle actionHandle */
                    actionHandle?: (Kinova.Api.Common.ActionHandle.$Properties|null);

                    /** RunnableHandle programHandle */
                    programHandle?: (Kinova.Api.Common.ProgramHandle.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunnableHandle. */
                type $Shape = Kinova.Api.ProgramRunner.RunnableHandle.$Properties;
            }

            /**
             * Properties of a ContextualizedActionHandle.
             * @deprecated Use Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties instead.
             */
            interface IContextualizedActionHandle extends Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties {
            }

            /** Represents a ContextualizedActionHandle. */
            class ContextualizedActionHandle {

                /**
                 * Constructs a new ContextualizedActionHandle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContextualizedActionHandle handle. */
                handle?: (Kinova.Api.Common.ActionHandle.$Properties|null);

                /** ContextualizedActionHandle contextActionIds. */
                contextActionIds: number[];

                /**
                 * Creates a new ContextualizedActionHandle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContextualizedActionHandle instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Shape): Kinova.Api.ProgramRunner.ContextualizedActionHandle & Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties): Kinova.Api.ProgramRunner.ContextualizedActionHandle;

                /**
                 * Encodes the specified ContextualizedActionHandle message. Does not implicitly {@link Kinova.Api.ProgramRunner.ContextualizedActionHandle.verify|verify} messages.
                 * @param message ContextualizedActionHandle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContextualizedActionHandle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.ContextualizedActionHandle & Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Shape} ContextualizedActionHandle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.ContextualizedActionHandle & Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Shape;

                /**
                 * Verifies a ContextualizedActionHandle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContextualizedActionHandle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContextualizedActionHandle
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.ContextualizedActionHandle;

                /**
                 * Creates a plain object from a ContextualizedActionHandle message. Also converts values to other types if specified.
                 * @param message ContextualizedActionHandle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.ContextualizedActionHandle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContextualizedActionHandle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContextualizedActionHandle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContextualizedActionHandle {

                /** Properties of a ContextualizedActionHandle. */
                interface $Properties {

                    /** ContextualizedActionHandle handle */
                    handle?: (Kinova.Api.Common.ActionHandle.$Properties|null);

                    /** ContextualizedActionHandle contextActionIds */
                    contextActionIds?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContextualizedActionHandle. */
                type $Shape = Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties;
            }

            /**
             * Properties of a ContextualizedRunnableHandles.
             * @deprecated Use Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties instead.
             */
            interface IContextualizedRunnableHandles extends Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties {
            }

            /** Represents a ContextualizedRunnableHandles. */
            class ContextualizedRunnableHandles {

                /**
                 * Constructs a new ContextualizedRunnableHandles.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContextualizedRunnableHandles actionHandles. */
                actionHandles: Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties[];

                /** ContextualizedRunnableHandles programHandle. */
                programHandle?: (Kinova.Api.Common.ProgramHandle.$Properties|null);

                /**
                 * Creates a new ContextualizedRunnableHandles instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContextualizedRunnableHandles instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Shape): Kinova.Api.ProgramRunner.ContextualizedRunnableHandles & Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties): Kinova.Api.ProgramRunner.ContextualizedRunnableHandles;

                /**
                 * Encodes the specified ContextualizedRunnableHandles message. Does not implicitly {@link Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.verify|verify} messages.
                 * @param message ContextualizedRunnableHandles message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContextualizedRunnableHandles message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.ContextualizedRunnableHandles & Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Shape} ContextualizedRunnableHandles
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.ContextualizedRunnableHandles & Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Shape;

                /**
                 * Verifies a ContextualizedRunnableHandles message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContextualizedRunnableHandles message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContextualizedRunnableHandles
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.ContextualizedRunnableHandles;

                /**
                 * Creates a plain object from a ContextualizedRunnableHandles message. Also converts values to other types if specified.
                 * @param message ContextualizedRunnableHandles
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.ContextualizedRunnableHandles, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContextualizedRunnableHandles to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContextualizedRunnableHandles
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContextualizedRunnableHandles {

                /** Properties of a ContextualizedRunnableHandles. */
                interface $Properties {

                    /** ContextualizedRunnableHandles actionHandles */
                    actionHandles?: (Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties[]|null);

                    /** ContextualizedRunnableHandles programHandle */
                    programHandle?: (Kinova.Api.Common.ProgramHandle.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContextualizedRunnableHandles. */
                type $Shape = Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties;
            }

            /**
             * Properties of a ProgramStartConfiguration.
             * @deprecated Use Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties instead.
             */
            interface IProgramStartConfiguration extends Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties {
            }

            /** Represents a ProgramStartConfiguration. */
            class ProgramStartConfiguration {

                /**
                 * Constructs a new ProgramStartConfiguration.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProgramStartConfiguration debugMode. */
                debugMode: boolean;

                /** ProgramStartConfiguration handle. */
                handle?: (Kinova.Api.ProgramRunner.RunnableHandle.$Properties|null);

                /**
                 * Creates a new ProgramStartConfiguration instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProgramStartConfiguration instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Shape): Kinova.Api.ProgramRunner.ProgramStartConfiguration & Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties): Kinova.Api.ProgramRunner.ProgramStartConfiguration;

                /**
                 * Encodes the specified ProgramStartConfiguration message. Does not implicitly {@link Kinova.Api.ProgramRunner.ProgramStartConfiguration.verify|verify} messages.
                 * @param message ProgramStartConfiguration message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProgramStartConfiguration message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.ProgramStartConfiguration & Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Shape} ProgramStartConfiguration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.ProgramStartConfiguration & Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Shape;

                /**
                 * Verifies a ProgramStartConfiguration message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProgramStartConfiguration message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProgramStartConfiguration
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.ProgramStartConfiguration;

                /**
                 * Creates a plain object from a ProgramStartConfiguration message. Also converts values to other types if specified.
                 * @param message ProgramStartConfiguration
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.ProgramStartConfiguration, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProgramStartConfiguration to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProgramStartConfiguration
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProgramStartConfiguration {

                /** Properties of a ProgramStartConfiguration. */
                interface $Properties {

                    /** ProgramStartConfiguration debugMode */
                    debugMode?: (boolean|null);

                    /** ProgramStartConfiguration handle */
                    handle?: (Kinova.Api.ProgramRunner.RunnableHandle.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProgramStartConfiguration. */
                type $Shape = Kinova.Api.ProgramRunner.ProgramStartConfiguration.$Properties;
            }

            /**
             * Properties of a StatusInformation.
             * @deprecated Use Kinova.Api.ProgramRunner.StatusInformation.$Properties instead.
             */
            interface IStatusInformation extends Kinova.Api.ProgramRunner.StatusInformation.$Properties {
            }

            /** Represents a StatusInformation. */
            class StatusInformation {

                /**
                 * Constructs a new StatusInformation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StatusInformation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatusInformation status. */
                status: Kinova.Api.ProgramRunner.Status;

                /** StatusInformation currentHandles. */
                currentHandles?: (Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties|null);

                /** StatusInformation startOperatingMode. */
                startOperatingMode: Kinova.Api.Common.OperatingModeType;

                /**
                 * Creates a new StatusInformation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusInformation instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StatusInformation.$Shape): Kinova.Api.ProgramRunner.StatusInformation & Kinova.Api.ProgramRunner.StatusInformation.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StatusInformation.$Properties): Kinova.Api.ProgramRunner.StatusInformation;

                /**
                 * Encodes the specified StatusInformation message. Does not implicitly {@link Kinova.Api.ProgramRunner.StatusInformation.verify|verify} messages.
                 * @param message StatusInformation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StatusInformation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusInformation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StatusInformation & Kinova.Api.ProgramRunner.StatusInformation.$Shape} StatusInformation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StatusInformation & Kinova.Api.ProgramRunner.StatusInformation.$Shape;

                /**
                 * Verifies a StatusInformation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatusInformation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatusInformation
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StatusInformation;

                /**
                 * Creates a plain object from a StatusInformation message. Also converts values to other types if specified.
                 * @param message StatusInformation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StatusInformation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatusInformation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StatusInformation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatusInformation {

                /** Properties of a StatusInformation. */
                interface $Properties {

                    /** StatusInformation status */
                    status?: (Kinova.Api.ProgramRunner.Status|null);

                    /** StatusInformation currentHandles */
                    currentHandles?: (Kinova.Api.ProgramRunner.ContextualizedRunnableHandles.$Properties|null);

                    /** StatusInformation startOperatingMode */
                    startOperatingMode?: (Kinova.Api.Common.OperatingModeType|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusInformation. */
                type $Shape = Kinova.Api.ProgramRunner.StatusInformation.$Properties;
            }

            /**
             * Properties of a StatusChangeNotification.
             * @deprecated Use Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties instead.
             */
            interface IStatusChangeNotification extends Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties {
            }

            /** Represents a StatusChangeNotification. */
            class StatusChangeNotification {

                /**
                 * Constructs a new StatusChangeNotification.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatusChangeNotification statusInfo. */
                statusInfo?: (Kinova.Api.ProgramRunner.StatusInformation.$Properties|null);

                /** StatusChangeNotification timestamp. */
                timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** StatusChangeNotification connection. */
                connection?: (Kinova.Api.Common.Connection.$Properties|null);

                /** StatusChangeNotification genericInfo. */
                genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                /**
                 * Creates a new StatusChangeNotification instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusChangeNotification instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StatusChangeNotification.$Shape): Kinova.Api.ProgramRunner.StatusChangeNotification & Kinova.Api.ProgramRunner.StatusChangeNotification.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties): Kinova.Api.ProgramRunner.StatusChangeNotification;

                /**
                 * Encodes the specified StatusChangeNotification message. Does not implicitly {@link Kinova.Api.ProgramRunner.StatusChangeNotification.verify|verify} messages.
                 * @param message StatusChangeNotification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusChangeNotification message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StatusChangeNotification & Kinova.Api.ProgramRunner.StatusChangeNotification.$Shape} StatusChangeNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StatusChangeNotification & Kinova.Api.ProgramRunner.StatusChangeNotification.$Shape;

                /**
                 * Verifies a StatusChangeNotification message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatusChangeNotification message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatusChangeNotification
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StatusChangeNotification;

                /**
                 * Creates a plain object from a StatusChangeNotification message. Also converts values to other types if specified.
                 * @param message StatusChangeNotification
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StatusChangeNotification, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatusChangeNotification to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StatusChangeNotification
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatusChangeNotification {

                /** Properties of a StatusChangeNotification. */
                interface $Properties {

                    /** StatusChangeNotification statusInfo */
                    statusInfo?: (Kinova.Api.ProgramRunner.StatusInformation.$Properties|null);

                    /** StatusChangeNotification timestamp */
                    timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** StatusChangeNotification connection */
                    connection?: (Kinova.Api.Common.Connection.$Properties|null);

                    /** StatusChangeNotification genericInfo */
                    genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusChangeNotification. */
                type $Shape = Kinova.Api.ProgramRunner.StatusChangeNotification.$Properties;
            }

            /**
             * Properties of an ExecutionEventNotification.
             * @deprecated Use Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties instead.
             */
            interface IExecutionEventNotification extends Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties {
            }

            /** Represents an ExecutionEventNotification. */
            class ExecutionEventNotification {

                /**
                 * Constructs a new ExecutionEventNotification.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExecutionEventNotification event. */
                event: Kinova.Api.ProgramRunner.ExecutionEvent;

                /** ExecutionEventNotification handle. */
                handle?: (Kinova.Api.ProgramRunner.RunnableHandle.$Properties|null);

                /** ExecutionEventNotification payload. */
                payload: string;

                /** ExecutionEventNotification timestamp. */
                timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** ExecutionEventNotification connection. */
                connection?: (Kinova.Api.Common.Connection.$Properties|null);

                /** ExecutionEventNotification genericInfo. */
                genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                /**
                 * Creates a new ExecutionEventNotification instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecutionEventNotification instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.ExecutionEventNotification.$Shape): Kinova.Api.ProgramRunner.ExecutionEventNotification & Kinova.Api.ProgramRunner.ExecutionEventNotification.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties): Kinova.Api.ProgramRunner.ExecutionEventNotification;

                /**
                 * Encodes the specified ExecutionEventNotification message. Does not implicitly {@link Kinova.Api.ProgramRunner.ExecutionEventNotification.verify|verify} messages.
                 * @param message ExecutionEventNotification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecutionEventNotification message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.ExecutionEventNotification & Kinova.Api.ProgramRunner.ExecutionEventNotification.$Shape} ExecutionEventNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.ExecutionEventNotification & Kinova.Api.ProgramRunner.ExecutionEventNotification.$Shape;

                /**
                 * Verifies an ExecutionEventNotification message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExecutionEventNotification message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExecutionEventNotification
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.ExecutionEventNotification;

                /**
                 * Creates a plain object from an ExecutionEventNotification message. Also converts values to other types if specified.
                 * @param message ExecutionEventNotification
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.ExecutionEventNotification, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExecutionEventNotification to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExecutionEventNotification
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExecutionEventNotification {

                /** Properties of an ExecutionEventNotification. */
                interface $Properties {

                    /** ExecutionEventNotification event */
                    event?: (Kinova.Api.ProgramRunner.ExecutionEvent|null);

                    /** ExecutionEventNotification handle */
                    handle?: (Kinova.Api.ProgramRunner.RunnableHandle.$Properties|null);

                    /** ExecutionEventNotification payload */
                    payload?: (string|null);

                    /** ExecutionEventNotification timestamp */
                    timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** ExecutionEventNotification connection */
                    connection?: (Kinova.Api.Common.Connection.$Properties|null);

                    /** ExecutionEventNotification genericInfo */
                    genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExecutionEventNotification. */
                type $Shape = Kinova.Api.ProgramRunner.ExecutionEventNotification.$Properties;
            }

            /**
             * Properties of a VariableState.
             * @deprecated Use Kinova.Api.ProgramRunner.VariableState.$Properties instead.
             */
            interface IVariableState extends Kinova.Api.ProgramRunner.VariableState.$Properties {
            }

            /** Represents a VariableState. */
            class VariableState {

                /**
                 * Constructs a new VariableState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.VariableState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VariableState identifier. */
                identifier: string;

                /** VariableState value. */
                value: string;

                /**
                 * Creates a new VariableState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VariableState instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.VariableState.$Shape): Kinova.Api.ProgramRunner.VariableState & Kinova.Api.ProgramRunner.VariableState.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.VariableState.$Properties): Kinova.Api.ProgramRunner.VariableState;

                /**
                 * Encodes the specified VariableState message. Does not implicitly {@link Kinova.Api.ProgramRunner.VariableState.verify|verify} messages.
                 * @param message VariableState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.VariableState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VariableState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.VariableState & Kinova.Api.ProgramRunner.VariableState.$Shape} VariableState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.VariableState & Kinova.Api.ProgramRunner.VariableState.$Shape;

                /**
                 * Verifies a VariableState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VariableState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VariableState
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.VariableState;

                /**
                 * Creates a plain object from a VariableState message. Also converts values to other types if specified.
                 * @param message VariableState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.VariableState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VariableState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for VariableState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VariableState {

                /** Properties of a VariableState. */
                interface $Properties {

                    /** VariableState identifier */
                    identifier?: (string|null);

                    /** VariableState value */
                    value?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VariableState. */
                type $Shape = Kinova.Api.ProgramRunner.VariableState.$Properties;
            }

            /**
             * Properties of a StateEvent.
             * @deprecated Use Kinova.Api.ProgramRunner.StateEvent.$Properties instead.
             */
            interface IStateEvent extends Kinova.Api.ProgramRunner.StateEvent.$Properties {
            }

            /** Represents a StateEvent. */
            class StateEvent {

                /**
                 * Constructs a new StateEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StateEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateEvent payload. */
                payload: string;

                /** StateEvent timestamp. */
                timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** StateEvent type. */
                type: Kinova.Api.ProgramRunner.StateEventType;

                /**
                 * Creates a new StateEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateEvent instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StateEvent.$Shape): Kinova.Api.ProgramRunner.StateEvent & Kinova.Api.ProgramRunner.StateEvent.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StateEvent.$Properties): Kinova.Api.ProgramRunner.StateEvent;

                /**
                 * Encodes the specified StateEvent message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateEvent.verify|verify} messages.
                 * @param message StateEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StateEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateEvent & Kinova.Api.ProgramRunner.StateEvent.$Shape} StateEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StateEvent & Kinova.Api.ProgramRunner.StateEvent.$Shape;

                /**
                 * Verifies a StateEvent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateEvent
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StateEvent;

                /**
                 * Creates a plain object from a StateEvent message. Also converts values to other types if specified.
                 * @param message StateEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StateEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateEvent {

                /** Properties of a StateEvent. */
                interface $Properties {

                    /** StateEvent payload */
                    payload?: (string|null);

                    /** StateEvent timestamp */
                    timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** StateEvent type */
                    type?: (Kinova.Api.ProgramRunner.StateEventType|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateEvent. */
                type $Shape = Kinova.Api.ProgramRunner.StateEvent.$Properties;
            }

            /**
             * Properties of a StateActionSnapshot.
             * @deprecated Use Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties instead.
             */
            interface IStateActionSnapshot extends Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties {
            }

            /** Represents a StateActionSnapshot. */
            class StateActionSnapshot {

                /**
                 * Constructs a new StateActionSnapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateActionSnapshot state. */
                state: string;

                /** StateActionSnapshot timestamp. */
                timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** StateActionSnapshot variables. */
                variables: Kinova.Api.ProgramRunner.VariableState.$Properties[];

                /**
                 * Creates a new StateActionSnapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateActionSnapshot instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StateActionSnapshot.$Shape): Kinova.Api.ProgramRunner.StateActionSnapshot & Kinova.Api.ProgramRunner.StateActionSnapshot.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties): Kinova.Api.ProgramRunner.StateActionSnapshot;

                /**
                 * Encodes the specified StateActionSnapshot message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateActionSnapshot.verify|verify} messages.
                 * @param message StateActionSnapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateActionSnapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateActionSnapshot & Kinova.Api.ProgramRunner.StateActionSnapshot.$Shape} StateActionSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StateActionSnapshot & Kinova.Api.ProgramRunner.StateActionSnapshot.$Shape;

                /**
                 * Verifies a StateActionSnapshot message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateActionSnapshot message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateActionSnapshot
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StateActionSnapshot;

                /**
                 * Creates a plain object from a StateActionSnapshot message. Also converts values to other types if specified.
                 * @param message StateActionSnapshot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StateActionSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateActionSnapshot to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateActionSnapshot
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateActionSnapshot {

                /** Properties of a StateActionSnapshot. */
                interface $Properties {

                    /** StateActionSnapshot state */
                    state?: (string|null);

                    /** StateActionSnapshot timestamp */
                    timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** StateActionSnapshot variables */
                    variables?: (Kinova.Api.ProgramRunner.VariableState.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateActionSnapshot. */
                type $Shape = Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties;
            }

            /**
             * Properties of a StateActionStats.
             * @deprecated Use Kinova.Api.ProgramRunner.StateActionStats.$Properties instead.
             */
            interface IStateActionStats extends Kinova.Api.ProgramRunner.StateActionStats.$Properties {
            }

            /** Represents a StateActionStats. */
            class StateActionStats {

                /**
                 * Constructs a new StateActionStats.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StateActionStats.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateActionStats executionDuration. */
                executionDuration: number;

                /** StateActionStats failureCount. */
                failureCount: number;

                /** StateActionStats pauseCount. */
                pauseCount: number;

                /** StateActionStats pauseDuration. */
                pauseDuration: number;

                /** StateActionStats playCount. */
                playCount: number;

                /** StateActionStats playDuration. */
                playDuration: number;

                /** StateActionStats pluginStartConfirmation. */
                pluginStartConfirmation: number;

                /** StateActionStats totalDuration. */
                totalDuration: number;

                /**
                 * Creates a new StateActionStats instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateActionStats instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StateActionStats.$Shape): Kinova.Api.ProgramRunner.StateActionStats & Kinova.Api.ProgramRunner.StateActionStats.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StateActionStats.$Properties): Kinova.Api.ProgramRunner.StateActionStats;

                /**
                 * Encodes the specified StateActionStats message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateActionStats.verify|verify} messages.
                 * @param message StateActionStats message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StateActionStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateActionStats message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateActionStats & Kinova.Api.ProgramRunner.StateActionStats.$Shape} StateActionStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StateActionStats & Kinova.Api.ProgramRunner.StateActionStats.$Shape;

                /**
                 * Verifies a StateActionStats message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateActionStats message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateActionStats
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StateActionStats;

                /**
                 * Creates a plain object from a StateActionStats message. Also converts values to other types if specified.
                 * @param message StateActionStats
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StateActionStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateActionStats to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateActionStats
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateActionStats {

                /** Properties of a StateActionStats. */
                interface $Properties {

                    /** StateActionStats executionDuration */
                    executionDuration?: (number|null);

                    /** StateActionStats failureCount */
                    failureCount?: (number|null);

                    /** StateActionStats pauseCount */
                    pauseCount?: (number|null);

                    /** StateActionStats pauseDuration */
                    pauseDuration?: (number|null);

                    /** StateActionStats playCount */
                    playCount?: (number|null);

                    /** StateActionStats playDuration */
                    playDuration?: (number|null);

                    /** StateActionStats pluginStartConfirmation */
                    pluginStartConfirmation?: (number|null);

                    /** StateActionStats totalDuration */
                    totalDuration?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateActionStats. */
                type $Shape = Kinova.Api.ProgramRunner.StateActionStats.$Properties;
            }

            /**
             * Properties of a StateAction.
             * @deprecated Use Kinova.Api.ProgramRunner.StateAction.$Properties instead.
             */
            interface IStateAction extends Kinova.Api.ProgramRunner.StateAction.$Properties {
            }

            /** Represents a StateAction. */
            class StateAction {

                /**
                 * Constructs a new StateAction.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StateAction.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateAction handle. */
                handle?: (Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties|null);

                /** StateAction index. */
                index: number;

                /** StateAction events. */
                events: Kinova.Api.ProgramRunner.StateEvent.$Properties[];

                /** StateAction snapshotStart. */
                snapshotStart?: (Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties|null);

                /** StateAction snapshotEnd. */
                snapshotEnd?: (Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties|null);

                /** StateAction stats. */
                stats?: (Kinova.Api.ProgramRunner.StateActionStats.$Properties|null);

                /**
                 * Creates a new StateAction instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateAction instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StateAction.$Shape): Kinova.Api.ProgramRunner.StateAction & Kinova.Api.ProgramRunner.StateAction.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StateAction.$Properties): Kinova.Api.ProgramRunner.StateAction;

                /**
                 * Encodes the specified StateAction message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateAction.verify|verify} messages.
                 * @param message StateAction message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StateAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateAction message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateAction & Kinova.Api.ProgramRunner.StateAction.$Shape} StateAction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StateAction & Kinova.Api.ProgramRunner.StateAction.$Shape;

                /**
                 * Verifies a StateAction message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateAction message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateAction
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StateAction;

                /**
                 * Creates a plain object from a StateAction message. Also converts values to other types if specified.
                 * @param message StateAction
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StateAction, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateAction to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateAction
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateAction {

                /** Properties of a StateAction. */
                interface $Properties {

                    /** StateAction handle */
                    handle?: (Kinova.Api.ProgramRunner.ContextualizedActionHandle.$Properties|null);

                    /** StateAction index */
                    index?: (number|null);

                    /** StateAction events */
                    events?: (Kinova.Api.ProgramRunner.StateEvent.$Properties[]|null);

                    /** StateAction snapshotStart */
                    snapshotStart?: (Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties|null);

                    /** StateAction snapshotEnd */
                    snapshotEnd?: (Kinova.Api.ProgramRunner.StateActionSnapshot.$Properties|null);

                    /** StateAction stats */
                    stats?: (Kinova.Api.ProgramRunner.StateActionStats.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateAction. */
                type $Shape = Kinova.Api.ProgramRunner.StateAction.$Properties;
            }

            /**
             * Properties of a StateSequenceStats.
             * @deprecated Use Kinova.Api.ProgramRunner.StateSequenceStats.$Properties instead.
             */
            interface IStateSequenceStats extends Kinova.Api.ProgramRunner.StateSequenceStats.$Properties {
            }

            /** Represents a StateSequenceStats. */
            class StateSequenceStats {

                /**
                 * Constructs a new StateSequenceStats.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StateSequenceStats.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateSequenceStats averageTimeBetweenActions. */
                averageTimeBetweenActions: number;

                /** StateSequenceStats averageTimePluginStartConfirmation. */
                averageTimePluginStartConfirmation: number;

                /** StateSequenceStats averageTimeWaypointInitialization. */
                averageTimeWaypointInitialization: number;

                /** StateSequenceStats averageTimeActionProcessing. */
                averageTimeActionProcessing: number;

                /** StateSequenceStats duration. */
                duration: number;

                /** StateSequenceStats end. */
                end?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** StateSequenceStats start. */
                start?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /**
                 * Creates a new StateSequenceStats instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateSequenceStats instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StateSequenceStats.$Shape): Kinova.Api.ProgramRunner.StateSequenceStats & Kinova.Api.ProgramRunner.StateSequenceStats.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StateSequenceStats.$Properties): Kinova.Api.ProgramRunner.StateSequenceStats;

                /**
                 * Encodes the specified StateSequenceStats message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateSequenceStats.verify|verify} messages.
                 * @param message StateSequenceStats message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StateSequenceStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateSequenceStats message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateSequenceStats & Kinova.Api.ProgramRunner.StateSequenceStats.$Shape} StateSequenceStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StateSequenceStats & Kinova.Api.ProgramRunner.StateSequenceStats.$Shape;

                /**
                 * Verifies a StateSequenceStats message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateSequenceStats message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateSequenceStats
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StateSequenceStats;

                /**
                 * Creates a plain object from a StateSequenceStats message. Also converts values to other types if specified.
                 * @param message StateSequenceStats
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StateSequenceStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateSequenceStats to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateSequenceStats
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateSequenceStats {

                /** Properties of a StateSequenceStats. */
                interface $Properties {

                    /** StateSequenceStats averageTimeBetweenActions */
                    averageTimeBetweenActions?: (number|null);

                    /** StateSequenceStats averageTimePluginStartConfirmation */
                    averageTimePluginStartConfirmation?: (number|null);

                    /** StateSequenceStats averageTimeWaypointInitialization */
                    averageTimeWaypointInitialization?: (number|null);

                    /** StateSequenceStats averageTimeActionProcessing */
                    averageTimeActionProcessing?: (number|null);

                    /** StateSequenceStats duration */
                    duration?: (number|null);

                    /** StateSequenceStats end */
                    end?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** StateSequenceStats start */
                    start?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateSequenceStats. */
                type $Shape = Kinova.Api.ProgramRunner.StateSequenceStats.$Properties;
            }

            /**
             * Properties of a StateSequence.
             * @deprecated Use Kinova.Api.ProgramRunner.StateSequence.$Properties instead.
             */
            interface IStateSequence extends Kinova.Api.ProgramRunner.StateSequence.$Properties {
            }

            /** Represents a StateSequence. */
            class StateSequence {

                /**
                 * Constructs a new StateSequence.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StateSequence.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateSequence identifier. */
                identifier: string;

                /** StateSequence actions. */
                actions: Kinova.Api.ProgramRunner.StateAction.$Properties[];

                /** StateSequence initVariables. */
                initVariables: Kinova.Api.ProgramRunner.VariableState.$Properties[];

                /** StateSequence prePlayEvents. */
                prePlayEvents: Kinova.Api.ProgramRunner.StateEvent.$Properties[];

                /** StateSequence stats. */
                stats?: (Kinova.Api.ProgramRunner.StateSequenceStats.$Properties|null);

                /** StateSequence isMain. */
                isMain: boolean;

                /**
                 * Creates a new StateSequence instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateSequence instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StateSequence.$Shape): Kinova.Api.ProgramRunner.StateSequence & Kinova.Api.ProgramRunner.StateSequence.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StateSequence.$Properties): Kinova.Api.ProgramRunner.StateSequence;

                /**
                 * Encodes the specified StateSequence message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateSequence.verify|verify} messages.
                 * @param message StateSequence message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StateSequence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateSequence message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateSequence & Kinova.Api.ProgramRunner.StateSequence.$Shape} StateSequence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StateSequence & Kinova.Api.ProgramRunner.StateSequence.$Shape;

                /**
                 * Verifies a StateSequence message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateSequence message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateSequence
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StateSequence;

                /**
                 * Creates a plain object from a StateSequence message. Also converts values to other types if specified.
                 * @param message StateSequence
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StateSequence, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateSequence to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateSequence
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateSequence {

                /** Properties of a StateSequence. */
                interface $Properties {

                    /** StateSequence identifier */
                    identifier?: (string|null);

                    /** StateSequence actions */
                    actions?: (Kinova.Api.ProgramRunner.StateAction.$Properties[]|null);

                    /** StateSequence initVariables */
                    initVariables?: (Kinova.Api.ProgramRunner.VariableState.$Properties[]|null);

                    /** StateSequence prePlayEvents */
                    prePlayEvents?: (Kinova.Api.ProgramRunner.StateEvent.$Properties[]|null);

                    /** StateSequence stats */
                    stats?: (Kinova.Api.ProgramRunner.StateSequenceStats.$Properties|null);

                    /** StateSequence isMain */
                    isMain?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateSequence. */
                type $Shape = Kinova.Api.ProgramRunner.StateSequence.$Properties;
            }

            /**
             * Properties of a StateChangeNotification.
             * @deprecated Use Kinova.Api.ProgramRunner.StateChangeNotification.$Properties instead.
             */
            interface IStateChangeNotification extends Kinova.Api.ProgramRunner.StateChangeNotification.$Properties {
            }

            /** Represents a StateChangeNotification. */
            class StateChangeNotification {

                /**
                 * Constructs a new StateChangeNotification.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: Kinova.Api.ProgramRunner.StateChangeNotification.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateChangeNotification sequence. */
                sequence?: (Kinova.Api.ProgramRunner.StateSequence.$Properties|null);

                /** StateChangeNotification timestamp. */
                timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                /** StateChangeNotification connection. */
                connection?: (Kinova.Api.Common.Connection.$Properties|null);

                /** StateChangeNotification genericInfo. */
                genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                /**
                 * Creates a new StateChangeNotification instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateChangeNotification instance
                 */
                static create(properties: Kinova.Api.ProgramRunner.StateChangeNotification.$Shape): Kinova.Api.ProgramRunner.StateChangeNotification & Kinova.Api.ProgramRunner.StateChangeNotification.$Shape;
                static create(properties?: Kinova.Api.ProgramRunner.StateChangeNotification.$Properties): Kinova.Api.ProgramRunner.StateChangeNotification;

                /**
                 * Encodes the specified StateChangeNotification message. Does not implicitly {@link Kinova.Api.ProgramRunner.StateChangeNotification.verify|verify} messages.
                 * @param message StateChangeNotification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: Kinova.Api.ProgramRunner.StateChangeNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateChangeNotification message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {Kinova.Api.ProgramRunner.StateChangeNotification & Kinova.Api.ProgramRunner.StateChangeNotification.$Shape} StateChangeNotification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Kinova.Api.ProgramRunner.StateChangeNotification & Kinova.Api.ProgramRunner.StateChangeNotification.$Shape;

                /**
                 * Verifies a StateChangeNotification message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateChangeNotification message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateChangeNotification
                 */
                static fromObject(object: { [k: string]: any }): Kinova.Api.ProgramRunner.StateChangeNotification;

                /**
                 * Creates a plain object from a StateChangeNotification message. Also converts values to other types if specified.
                 * @param message StateChangeNotification
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: Kinova.Api.ProgramRunner.StateChangeNotification, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateChangeNotification to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateChangeNotification
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateChangeNotification {

                /** Properties of a StateChangeNotification. */
                interface $Properties {

                    /** StateChangeNotification sequence */
                    sequence?: (Kinova.Api.ProgramRunner.StateSequence.$Properties|null);

                    /** StateChangeNotification timestamp */
                    timestamp?: (Kinova.Api.Common.Timestamp.$Properties|null);

                    /** StateChangeNotification connection */
                    connection?: (Kinova.Api.Common.Connection.$Properties|null);

                    /** StateChangeNotification genericInfo */
                    genericInfo?: (Kinova.Api.Common.NotificationInformation.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateChangeNotification. */
                type $Shape = Kinova.Api.ProgramRunner.StateChangeNotification.$Properties;
            }
        }
    }
}
