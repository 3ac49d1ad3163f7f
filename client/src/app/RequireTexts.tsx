import type { i18n } from 'i18next';
import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { ApiError } from '../lib/api';
import { hasTexts, type LazyNamespace, loadTexts } from '../lib/i18n';

interface Load {
  attempt: number;
  isLoaded: Promise<boolean>;
}

// One load per instance, namespace and attempt, so a suspended render finds the same promise.
const loads = new WeakMap<i18n, Map<LazyNamespace, Load>>();

function textsLoad(instance: i18n, namespace: LazyNamespace, attempt: number): Promise<boolean> {
  const byNamespace = loads.get(instance) ?? new Map<LazyNamespace, Load>();
  loads.set(instance, byNamespace);
  const existing = byNamespace.get(namespace);
  if (existing && existing.attempt === attempt) return existing.isLoaded;
  const isLoaded = loadTexts(instance, namespace).then(
    () => true,
    () => false,
  );
  byNamespace.set(namespace, { attempt, isLoaded });
  return isLoaded;
}

/** Renders its routes once their texts are loaded (the surrounding Suspense shows progress). */
export function RequireTexts({ namespace }: { namespace: LazyNamespace }) {
  const { i18n } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  if (hasTexts(i18n, namespace)) return <Outlet />;
  const isLoaded = use(textsLoad(i18n, namespace, attempt));
  if (!isLoaded) {
    return (
      <ErrorAlert
        error={new ApiError({ id: 'network_error', status: 0 })}
        onRetry={() => setAttempt((count) => count + 1)}
      />
    );
  }
  return <Outlet />;
}
