// kernel k51_ew (compiler/std/moe.loom:64:21)
@group(0) @binding(0) var<storage, read> t264: array<f32>;
@group(0) @binding(1) var<storage, read> t252: array<f32>;
@group(0) @binding(2) var<storage, read_write> t266: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l265: bool = t264[i / 2i] != 0.0f;
  let l253: f32 = t252[i];
  let v266: f32 = select(-1e+30f, l253, l265);
  t266[i] = v266;
}
