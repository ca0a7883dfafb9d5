// kernel k84_gather
@group(0) @binding(0) var<storage, read> t345: array<f32>;
@group(0) @binding(1) var<storage, read> t430: array<f32>;
@group(0) @binding(2) var<storage, read_write> t447: array<f32>;
@group(0) @binding(3) var<storage, read> t354: array<f32>;
@group(0) @binding(4) var<storage, read_write> t448: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l345: f32 = t345[i / 64i];
  let ix: i32 = i32(l345);
  let l446: f32 = t430[ix * 64i + i % 64i];
  t447[i] = l446;
  let l356: f32 = t354[i / 64i];
  let v448: f32 = l446 * l356;
  t448[i] = v448;
}
