// kernel k18_ew (compiler/std/moe.loom:75:21)
@group(0) @binding(0) var<storage, read> t139: array<f32>;
@group(0) @binding(1) var<storage, read> t123: array<f32>;
@group(0) @binding(2) var<storage, read_write> t142: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k18_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l140: bool = t139[i / 2i] != 0.0f;
  let l124: f32 = t123[i];
  let v142: f32 = select(-1e+30f, l124, l140);
  t142[i] = v142;
}
