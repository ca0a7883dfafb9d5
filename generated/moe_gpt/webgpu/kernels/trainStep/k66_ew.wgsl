// kernel k66_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t347: array<f32>;
@group(0) @binding(1) var<storage, read_write> t348: array<f32>;
@group(0) @binding(2) var<storage, read_write> t349: array<f32>;
@group(0) @binding(3) var<storage, read> t350: array<f32>;
@group(0) @binding(4) var<storage, read_write> t351: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k66_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l347: f32 = t347[i];
  let v348: f32 = 1.0f / (1.0f + exp(min(-l347, 88.0f)));
  t348[i] = v348;
  let v349: f32 = l347 * v348;
  t349[i] = v349;
  let l350: f32 = t350[i];
  let v351: f32 = v349 * l350;
  t351[i] = v351;
}
