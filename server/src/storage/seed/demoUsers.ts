import type { Role, Specialty } from '@konsil/shared';

/** Fictional people at fictional-but-plausible centers. Every demo login uses this password. */
export const DEMO_PASSWORD = 'konsil-demo';

export const DEMO_INSTITUTIONS = [
  {
    code: 'CCCC',
    name: 'Charité Comprehensive Cancer Center',
    city: 'Berlin',
    timeZone: 'Europe/Berlin',
    locale: 'de',
    color: '#1d4ed8',
  },
  {
    code: 'SCCC',
    name: 'Samsung Comprehensive Cancer Center',
    city: 'Seoul',
    timeZone: 'Asia/Seoul',
    locale: 'ko',
    color: '#0f766e',
  },
  {
    code: 'VCCC',
    name: 'Vienna Comprehensive Cancer Center',
    city: 'Vienna',
    timeZone: 'Europe/Vienna',
    locale: 'de',
    color: '#7e22ce',
  },
] as const;

export type DemoInstitutionCode = (typeof DEMO_INSTITUTIONS)[number]['code'];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  specialty: Specialty | null;
  institution: DemoInstitutionCode;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'coordinator.berlin@konsil.test',
    name: 'Anna Berger',
    role: 'coordinator',
    specialty: null,
    institution: 'CCCC',
  },
  {
    email: 'oncologist.berlin@konsil.test',
    name: 'Dr. Jonas Weber',
    role: 'clinician',
    specialty: 'medical_oncology',
    institution: 'CCCC',
  },
  {
    email: 'surgeon.berlin@konsil.test',
    name: 'Dr. Lena Hoffmann',
    role: 'clinician',
    specialty: 'surgery',
    institution: 'CCCC',
  },
  {
    email: 'pathologist.berlin@konsil.test',
    name: 'Dr. Felix Wagner',
    role: 'clinician',
    specialty: 'pathology',
    institution: 'CCCC',
  },
  {
    email: 'observer.berlin@konsil.test',
    name: 'Mia Schulz',
    role: 'observer',
    specialty: null,
    institution: 'CCCC',
  },
  {
    email: 'admin.berlin@konsil.test',
    name: 'Thomas Keller',
    role: 'admin',
    specialty: null,
    institution: 'CCCC',
  },
  {
    email: 'coordinator.seoul@konsil.test',
    name: '박서연 (Park Seo-yeon)',
    role: 'coordinator',
    specialty: null,
    institution: 'SCCC',
  },
  {
    email: 'oncologist.seoul@konsil.test',
    name: 'Dr. 김민준 (Kim Min-jun)',
    role: 'clinician',
    specialty: 'medical_oncology',
    institution: 'SCCC',
  },
  {
    email: 'radiologist.seoul@konsil.test',
    name: 'Dr. 이지은 (Lee Ji-eun)',
    role: 'clinician',
    specialty: 'radiology',
    institution: 'SCCC',
  },
  {
    email: 'radiation.seoul@konsil.test',
    name: 'Dr. 최도윤 (Choi Do-yun)',
    role: 'clinician',
    specialty: 'radiation_oncology',
    institution: 'SCCC',
  },
  {
    email: 'admin.seoul@konsil.test',
    name: '정하은 (Jung Ha-eun)',
    role: 'admin',
    specialty: null,
    institution: 'SCCC',
  },
  {
    email: 'oncologist.vienna@konsil.test',
    name: 'Dr. Katharina Gruber',
    role: 'clinician',
    specialty: 'medical_oncology',
    institution: 'VCCC',
  },
];
