// kernel k148_gather
@group(0) @binding(0) var<storage, read> t207: array<f32>;
@group(0) @binding(1) var<storage, read> t705: array<f32>;
@group(0) @binding(2) var<storage, read_write> t721: array<f32>;
@group(0) @binding(3) var<storage, read> t216: array<f32>;
@group(0) @binding(4) var<storage, read_write> t722: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l207: f32 = t207[i / 64i];
  let ix: i32 = i32(l207);
  let l720: f32 = t705[ix * 64i + i % 64i];
  t721[i] = l720;
  let l218: f32 = t216[i / 64i];
  let v722: f32 = l720 * l218;
  t722[i] = v722;
}
