import { BrowserRouter, Routes, Route, Navigate, NavLink, Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
console.log(BrowserRouter, Routes, Route, Navigate, NavLink, Link, Outlet, useLocation, useNavigate, useSearchParams);
