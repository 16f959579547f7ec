import { createBrowserRouter } from "react-router";
import { featureRoutes } from "./features";
import { CrashPage, NotFoundPage } from "./not-found-page";
import { SiteLayout } from "./site-layout";

export const router = createBrowserRouter([
  {
    element: <SiteLayout />,
    children: [
      {
        errorElement: <CrashPage />,
        children: [...featureRoutes.map(({ path, element }) => ({ path, element })), { path: "*", element: <NotFoundPage /> }],
      },
    ],
  },
]);
