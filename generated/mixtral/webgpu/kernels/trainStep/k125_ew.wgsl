// kernel k125_ew
@group(0) @binding(0) var<storage, read> t601: array<f32>;
@group(0) @binding(1) var<storage, read> t160: array<f32>;
@group(0) @binding(2) var<storage, read_write> t604: array<f32>;
@group(0) @binding(3) var<storage, read> t161: array<f32>;
@group(0) @binding(4) var<storage, read> t159: array<f32>;
@group(0) @binding(5) var<storage, read> t158: array<f32>;
@group(0) @binding(6) var<storage, read_write> t612: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l601: f32 = t601[i];
  let l160: f32 = t160[i];
  let v604: f32 = l601 * l160;
  t604[i] = v604;
  let l161: f32 = t161[i];
  let v603: f32 = l601 * l161;
  let l159: f32 = t159[i];
  let v607: f32 = v603 * l159;
  let l158: f32 = t158[i];
  let v608: f32 = v603 * l158;
  let v609: f32 = 1.0f - l159;
  let v610: f32 = l159 * v609;
  let v611: f32 = v608 * v610;
  let v612: f32 = v607 + v611;
  t612[i] = v612;
}
