// kernel k120_gather
@group(0) @binding(0) var<storage, read> t156: array<f32>;
@group(0) @binding(1) var<storage, read> t592: array<f32>;
@group(0) @binding(2) var<storage, read_write> t594: array<f32>;
@group(0) @binding(3) var<storage, read> t165: array<f32>;
@group(0) @binding(4) var<storage, read_write> t595: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l156: f32 = t156[i / 64i];
  let ix: i32 = i32(l156);
  let l593: f32 = t592[ix * 64i + i % 64i];
  t594[i] = l593;
  let l167: f32 = t165[i / 64i];
  let v595: f32 = l593 * l167;
  t595[i] = v595;
}
