// kernel k100_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t729: array<f32>;
@group(0) @binding(2) var<storage, read_write> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t911: array<f32>;
@group(0) @binding(4) var<storage, read_write> t936: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k100_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l710: f32 = in_step[0i];
    let v728: bool = l710 < 20.0f;
    let v711: f32 = l710 + 1.0f;
    let v713: f32 = v711 * 0.00015f;
    let v715: f32 = l710 - 20.0f;
    let v717: f32 = v715 / 980.0f;
    let v718: f32 = max(v717, 0.0f);
    let v719: f32 = min(v718, 1.0f);
    let v721: f32 = v719 * 3.1415927f;
    let v722: f32 = cos(v721);
    let v723: f32 = v722 + 1.0f;
    let v725: f32 = v723 * 0.00135f;
    let v727: f32 = v725 + 0.0003f;
    let v729: f32 = select(v727, v713, v728);
    t729[0i] = v729;
    let v903: f32 = v711 * -0.105360515f;
    let v904: f32 = exp(v903);
    let v905: f32 = 1.0f - v904;
    let v910: f32 = v729 / v905;
    t910[0i] = v910;
    let v907: f32 = v711 * -0.051293295f;
    let v908: f32 = exp(v907);
    let v909: f32 = 1.0f - v908;
    let v911: f32 = sqrt(v909);
    t911[0i] = v911;
    let v935: f32 = v729 * 0.1f;
    let v936: f32 = 1.0f - v935;
    t936[0i] = v936;
  }
}
