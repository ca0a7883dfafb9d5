// kernel k206b_scatter
@group(0) @binding(0) var<storage, read> t759: array<f32>;
@group(0) @binding(1) var<storage, read> t823: array<f32>;
@group(0) @binding(2) var<storage, read> t832: array<f32>;
@group(0) @binding(3) var<storage, read> t860: array<f32>;
@group(0) @binding(4) var<storage, read> t923: array<f32>;
@group(0) @binding(5) var<storage, read> t927: array<f32>;
@group(0) @binding(6) var<storage, read> t33: array<f32>;
@group(0) @binding(7) var<storage, read_write> t936: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206b_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l759: f32 = t759[i];
  let x823: f32 = t823[i];
  let v930: f32 = l759 + x823;
  let x832: f32 = t832[i];
  let v931: f32 = v930 + x832;
  let v932: f32 = v931 + x832;
  let l860: f32 = t860[i];
  let v933: f32 = v932 + l860;
  let x923: f32 = t923[i];
  let v934: f32 = v933 + x923;
  let l928: f32 = t927[i / 64i];
  let l33: f32 = t33[i];
  let v929: f32 = l928 * l33;
  let v935: f32 = v934 + v929;
  let v936: f32 = v935 + v929;
  t936[i] = v936;
}
