// kernel k148_gather
@group(0) @binding(0) var<storage, read> t196: array<f32>;
@group(0) @binding(1) var<storage, read> t685: array<f32>;
@group(0) @binding(2) var<storage, read_write> t701: array<f32>;
@group(0) @binding(3) var<storage, read> t205: array<f32>;
@group(0) @binding(4) var<storage, read_write> t702: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l196: f32 = t196[i / 64i];
  let ix: i32 = i32(l196);
  let l700: f32 = t685[ix * 64i + i % 64i];
  t701[i] = l700;
  let l207: f32 = t205[i / 64i];
  let v702: f32 = l700 * l207;
  t702[i] = v702;
}
