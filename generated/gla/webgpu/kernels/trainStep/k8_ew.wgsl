// kernel k8_ew (compiler/std/linear.loom:43:41)
@group(0) @binding(0) var<storage, read> t82: array<f32>;
@group(0) @binding(1) var<storage, read_write> t93: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 256i % 16i);
  let g_1: f32 = f32(i / 16i % 256i / 16i);
  let l90: bool = g <= g_1;
  let l86: f32 = t82[i / 256i * 16i + i % 16i];
  let l87: f32 = t82[i / 4096i * 256i + i % 256i];
  let v88: f32 = l86 - l87;
  let v92: f32 = select(-1000000000.0f, v88, l90);
  let v93: f32 = exp(v92);
  t93[i] = v93;
}
