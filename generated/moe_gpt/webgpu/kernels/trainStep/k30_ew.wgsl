// kernel k30_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t198: array<f32>;
@group(0) @binding(1) var<storage, read_write> t199: array<f32>;
@group(0) @binding(2) var<storage, read_write> t200: array<f32>;
@group(0) @binding(3) var<storage, read> t201: array<f32>;
@group(0) @binding(4) var<storage, read_write> t202: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l198: f32 = t198[i];
  let v199: f32 = 1.0f / (1.0f + exp(min(-l198, 88.0f)));
  t199[i] = v199;
  let v200: f32 = l198 * v199;
  t200[i] = v200;
  let l201: f32 = t201[i];
  let v202: f32 = v200 * l201;
  t202[i] = v202;
}
