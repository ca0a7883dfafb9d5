// kernel k62_gather
@group(0) @binding(0) var<storage, read> t274: array<f32>;
@group(0) @binding(1) var<storage, read> t352: array<f32>;
@group(0) @binding(2) var<storage, read_write> t354: array<f32>;
@group(0) @binding(3) var<storage, read> t283: array<f32>;
@group(0) @binding(4) var<storage, read_write> t355: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l274: f32 = t274[i / 64i];
  let ix: i32 = i32(l274);
  let l353: f32 = t352[ix * 64i + i % 64i];
  t354[i] = l353;
  let l285: f32 = t283[i / 64i];
  let v355: f32 = l353 * l285;
  t355[i] = v355;
}
