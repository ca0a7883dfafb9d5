// kernel k178a_scatter
@group(0) @binding(0) var<storage, read> t741: array<f32>;
@group(0) @binding(1) var<storage, read> t32: array<f32>;
@group(0) @binding(2) var<storage, read_write> t745: array<f32>;
@group(0) @binding(3) var<storage, read> t752: array<f32>;
@group(0) @binding(4) var<storage, read> t25: array<f32>;
@group(0) @binding(5) var<storage, read_write> t754: array<f32>;
@group(0) @binding(6) var<storage, read> t841: array<f32>;
@group(0) @binding(7) var<storage, read_write> t845: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178a_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l741: f32 = t741[i];
  let l33: f32 = t32[i / 64i];
  let v745: f32 = l741 * l33;
  t745[i] = v745;
  let l753: f32 = t752[i / 64i];
  let l25: f32 = t25[i];
  let v754: f32 = l753 * l25;
  t754[i] = v754;
  let l841: f32 = t841[i];
  let v845: f32 = l841 * l33;
  t845[i] = v845;
}
