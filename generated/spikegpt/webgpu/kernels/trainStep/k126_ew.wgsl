// kernel k126_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t823: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1005: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1030: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l804: f32 = in_step[0i];
    let v822: bool = l804 < 20.0f;
    let v805: f32 = l804 + 1.0f;
    let v807: f32 = v805 * 0.00015f;
    let v809: f32 = l804 - 20.0f;
    let v811: f32 = v809 / 980.0f;
    let v812: f32 = max(v811, 0.0f);
    let v813: f32 = min(v812, 1.0f);
    let v815: f32 = v813 * 3.1415927f;
    let v816: f32 = cos(v815);
    let v817: f32 = v816 + 1.0f;
    let v819: f32 = v817 * 0.00135f;
    let v821: f32 = v819 + 0.0003f;
    let v823: f32 = select(v821, v807, v822);
    t823[0i] = v823;
    let v997: f32 = v805 * -0.105360515f;
    let v998: f32 = exp(v997);
    let v999: f32 = 1.0f - v998;
    let v1004: f32 = v823 / v999;
    t1004[0i] = v1004;
    let v1001: f32 = v805 * -0.051293295f;
    let v1002: f32 = exp(v1001);
    let v1003: f32 = 1.0f - v1002;
    let v1005: f32 = sqrt(v1003);
    t1005[0i] = v1005;
    let v1029: f32 = v823 * 0.1f;
    let v1030: f32 = 1.0f - v1029;
    t1030[0i] = v1030;
  }
}
