// kernel k206a_scatter
@group(0) @binding(0) var<storage, read> t819: array<f32>;
@group(0) @binding(1) var<storage, read> t40: array<f32>;
@group(0) @binding(2) var<storage, read_write> t823: array<f32>;
@group(0) @binding(3) var<storage, read> t830: array<f32>;
@group(0) @binding(4) var<storage, read> t33: array<f32>;
@group(0) @binding(5) var<storage, read_write> t832: array<f32>;
@group(0) @binding(6) var<storage, read> t919: array<f32>;
@group(0) @binding(7) var<storage, read_write> t923: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206a_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l819: f32 = t819[i];
  let l41: f32 = t40[i / 64i];
  let v823: f32 = l819 * l41;
  t823[i] = v823;
  let l831: f32 = t830[i / 64i];
  let l33: f32 = t33[i];
  let v832: f32 = l831 * l33;
  t832[i] = v832;
  let l919: f32 = t919[i];
  let v923: f32 = l919 * l41;
  t923[i] = v923;
}
