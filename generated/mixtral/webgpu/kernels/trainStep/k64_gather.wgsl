// kernel k64_gather
@group(0) @binding(0) var<storage, read> t306: array<f32>;
@group(0) @binding(1) var<storage, read> t383: array<f32>;
@group(0) @binding(2) var<storage, read_write> t385: array<f32>;
@group(0) @binding(3) var<storage, read> t315: array<f32>;
@group(0) @binding(4) var<storage, read_write> t386: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k64_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l306: f32 = t306[i / 64i];
  let ix: i32 = i32(l306);
  let l384: f32 = t383[ix * 64i + i % 64i];
  t385[i] = l384;
  let l317: f32 = t315[i / 64i];
  let v386: f32 = l384 * l317;
  t386[i] = v386;
}
