// kernel k122_gather
@group(0) @binding(0) var<storage, read> t173: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read_write> t625: array<f32>;
@group(0) @binding(3) var<storage, read> t182: array<f32>;
@group(0) @binding(4) var<storage, read_write> t626: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l173: f32 = t173[i / 64i];
  let ix: i32 = i32(l173);
  let l624: f32 = t623[ix * 64i + i % 64i];
  t625[i] = l624;
  let l184: f32 = t182[i / 64i];
  let v626: f32 = l624 * l184;
  t626[i] = v626;
}
