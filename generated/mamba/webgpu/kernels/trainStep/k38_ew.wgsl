// kernel k38_ew
@group(0) @binding(0) var<storage, read> t241: array<f32>;
@group(0) @binding(1) var<storage, read> t265: array<f32>;
@group(0) @binding(2) var<storage, read_write> t269: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k38_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t241[select(0i, 278508i + i / 2304i * 16i + i / 36i % 64i * 256i + i % 36i, i % 36i + -20i >= 0i && i % 36i + -20i < 16i)];
  let l257: f32 = select(0.0f, g, i % 36i + -20i >= 0i && i % 36i + -20i < 16i);
  let g_1: f32 = t241[select(0i, 262140i + i / 2304i * 16i + i / 36i % 64i * 256i + i % 36i, i % 36i + -4i >= 0i && i % 36i + -4i < 16i)];
  let l258: f32 = select(0.0f, g_1, i % 36i + -4i >= 0i && i % 36i + -4i < 16i);
  let v268: f32 = l257 + l258;
  let g_2: f32 = t265[select(0i, i / 36i * 4i + i % 36i, i % 36i >= 0i && i % 36i < 4i)];
  let l267: f32 = select(0.0f, g_2, i % 36i >= 0i && i % 36i < 4i);
  let v269: f32 = v268 + l267;
  t269[i] = v269;
}
