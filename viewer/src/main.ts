// Entry point: picks the data source (embedded static data or kg serve's API) and starts the viewer.
import "./styles.css";
import { startApp } from "./app.js";
import { pickSource } from "./data/pick-source.js";

const root = document.getElementById("app");
if (root !== null) void startApp(root, pickSource());
