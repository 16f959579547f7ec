export { useRpcQuery, type TRpc as TRpcDataProvider } from "@qifu/ui/admin";
