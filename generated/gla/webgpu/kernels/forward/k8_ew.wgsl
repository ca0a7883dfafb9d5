// kernel k8_ew (compiler/std/linear.loom:43:41)
@group(0) @binding(0) var<storage, read> t81: array<f32>;
@group(0) @binding(1) var<storage, read_write> t92: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 256i % 16i);
  let g_1: f32 = f32(i / 16i % 256i / 16i);
  let l89: bool = g <= g_1;
  let l85: f32 = t81[i / 256i * 16i + i % 16i];
  let l86: f32 = t81[i / 4096i * 256i + i % 256i];
  let v87: f32 = l85 - l86;
  let v91: f32 = select(-1000000000.0f, v87, l89);
  let v92: f32 = exp(v91);
  t92[i] = v92;
}
