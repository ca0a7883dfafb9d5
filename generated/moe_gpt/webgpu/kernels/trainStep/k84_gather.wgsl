// kernel k84_gather
@group(0) @binding(0) var<storage, read> t366: array<f32>;
@group(0) @binding(1) var<storage, read> t450: array<f32>;
@group(0) @binding(2) var<storage, read_write> t467: array<f32>;
@group(0) @binding(3) var<storage, read> t375: array<f32>;
@group(0) @binding(4) var<storage, read_write> t468: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l366: f32 = t366[i / 64i];
  let ix: i32 = i32(l366);
  let l466: f32 = t450[ix * 64i + i % 64i];
  t467[i] = l466;
  let l377: f32 = t375[i / 64i];
  let v468: f32 = l466 * l377;
  t468[i] = v468;
}
