// kernel k235f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1319: array<f32>;
@group(0) @binding(3) var<storage, read> t1330: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1336: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_layers_0_moe_w2[i];
  let l1331: f32 = t1126[0i];
  let v1332: f32 = l10 * l1331;
  let x1319: f32 = t1319[i];
  let x1330: f32 = t1330[i];
  let v1333: f32 = x1319 / x1330;
  let l1334: f32 = t1100[0i];
  let v1335: f32 = v1333 * l1334;
  let v1336: f32 = v1332 - v1335;
  t1336[i] = v1336;
}
