// kernel k154_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t704: array<f32>;
@group(0) @binding(2) var<storage, read_write> t849: array<f32>;
@group(0) @binding(3) var<storage, read_write> t850: array<f32>;
@group(0) @binding(4) var<storage, read_write> t875: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k154_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l684: f32 = in_step[0i];
    let v703: bool = l684 < 20.0f;
    let v685: f32 = l684 + 1.0f;
    let v687: f32 = v685 * 0.00015f;
    let v689: f32 = l684 - 20.0f;
    let v691: f32 = v689 / 980.0f;
    let v693: f32 = max(v691, 0.0f);
    let v694: f32 = min(v693, 1.0f);
    let v696: f32 = v694 * 3.1415927f;
    let v697: f32 = cos(v696);
    let v698: f32 = v697 + 1.0f;
    let v700: f32 = v698 * 0.00135f;
    let v702: f32 = v700 + 0.0003f;
    let v704: f32 = select(v702, v687, v703);
    t704[0i] = v704;
    let v842: f32 = v685 * -0.105360515f;
    let v843: f32 = exp(v842);
    let v844: f32 = 1.0f - v843;
    let v849: f32 = v704 / v844;
    t849[0i] = v849;
    let v846: f32 = v685 * -0.051293295f;
    let v847: f32 = exp(v846);
    let v848: f32 = 1.0f - v847;
    let v850: f32 = sqrt(v848);
    t850[0i] = v850;
    let v874: f32 = v704 * 0.1f;
    let v875: f32 = 1.0f - v874;
    t875[0i] = v875;
  }
}
