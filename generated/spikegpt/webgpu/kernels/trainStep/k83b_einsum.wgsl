// kernel k83b_einsum
@group(0) @binding(0) var<storage, read> t484: array<f32>;
@group(0) @binding(1) var<storage, read> t523: array<f32>;
@group(0) @binding(2) var<storage, read> t532: array<f32>;
@group(0) @binding(3) var<storage, read> t215: array<f32>;
@group(0) @binding(4) var<storage, read_write> t545: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k83b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x484: f32 = t484[i];
  let x523: f32 = t523[i];
  let v544: f32 = x484 + x523;
  let l532: f32 = t532[i];
  let l217: f32 = t215[i % 64i];
  let v534: f32 = l532 * l217;
  let v545: f32 = v544 + v534;
  t545[i] = v545;
}
