// kernel k206a_scatter
@group(0) @binding(0) var<storage, read> t839: array<f32>;
@group(0) @binding(1) var<storage, read> t40: array<f32>;
@group(0) @binding(2) var<storage, read_write> t843: array<f32>;
@group(0) @binding(3) var<storage, read> t850: array<f32>;
@group(0) @binding(4) var<storage, read> t33: array<f32>;
@group(0) @binding(5) var<storage, read_write> t852: array<f32>;
@group(0) @binding(6) var<storage, read> t939: array<f32>;
@group(0) @binding(7) var<storage, read_write> t943: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206a_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l839: f32 = t839[i];
  let l41: f32 = t40[i / 64i];
  let v843: f32 = l839 * l41;
  t843[i] = v843;
  let l851: f32 = t850[i / 64i];
  let l33: f32 = t33[i];
  let v852: f32 = l851 * l33;
  t852[i] = v852;
  let l939: f32 = t939[i];
  let v943: f32 = l939 * l41;
  t943[i] = v943;
}
