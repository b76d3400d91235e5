"""Indicators of two real documents, as a careful reader writes them down, for the diff tests.

CITY_2021: the city's resolution on 2021 (samples/haiphong-nghi-quyet-nam-2021-*.txt).
DISTRICT_2022: a district's resolution on 2022 (samples/kienan-*.txt), its appendix of targets.
"""

from __future__ import annotations

from nqparse.models import Change, Comparator, Indicator, Resolution, Span, Target, Theme

SPAN = Span(start=0, end=0)


def val(value: float, unit: str | None, *, cmp: Comparator | None = None, change: Change | None = None,
        label: str | None = None) -> Target:
    return Target(value=value, unit=unit, comparator=cmp, change=change, label=label, span=SPAN)


def rng(low: float, high: float, unit: str | None, *, cmp: Comparator | None = None,
        change: Change | None = None) -> Target:
    return Target(min=low, max=high, unit=unit, comparator=cmp, change=change, span=SPAN)


def ind(number: int | None, group: str | None, name: str, text: str = "",
        targets: list[Target] | None = None) -> Indicator:
    return Indicator(number=number, group=group, name=name, text=text or name, targets=targets or [], span=SPAN)


def resolution(indicators: list[Indicator], **sections: object) -> Resolution:
    return Resolution.model_validate({"nqparse_version": "test", "indicators": indicators, **sections})


def theme(text: str, year: int | None = None) -> Theme:
    return Theme(text=text, year=year, span=SPAN)


CITY_2021 = [
    ind(1, 'Về chỉ tiêu kinh tế', 'Tăng trưởng GRDP',
        'Tăng trưởng GRDP (giá so sánh 2010) đạt 13,5% so với năm 2020, trong đó công nghiệp – xây dựng tăng 19,2%; dịch vụ tăng 7,84%; nông, lâm và thủy sản tăng 1,06%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 7,02%;',
        [val(13.5, '%', change='increase'), val(19.2, '%', change='increase'), val(7.84, '%', change='increase'), val(1.06, '%', change='increase'), val(7.02, '%', change='increase')]),
    ind(2, 'Về chỉ tiêu kinh tế', 'GRDP bình quân đầu người',
        'GRDP bình quân đầu người (theo giá hiện hành) đạt 6.600 USD;',
        [val(6600, 'USD')]),
    ind(3, 'Về chỉ tiêu kinh tế', 'Chỉ số sản xuất công nghiệp (IIP)',
        'Chỉ số sản xuất công nghiệp (IIP) tăng 17%; tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đạt 40,7%; tỷ trọng giá trị sản phẩm công nghiệp công nghệ cao trong công nghiệp chế biến, chế tạo đạt 46,5%;',
        [val(17, '%', change='increase'), val(40.7, '%'), val(46.5, '%')]),
    ind(4, 'Về chỉ tiêu kinh tế', 'Thu ngân sách nhà nước trên địa bàn',
        'Thu ngân sách nhà nước trên địa bàn 89.490,478 tỷ đồng, trong đó thu nội địa 35.000 tỷ đồng;',
        [val(89490.478, 'tỷ đồng'), val(35000, 'tỷ đồng')]),
    ind(5, 'Về chỉ tiêu kinh tế', 'Tổng vốn đầu tư toàn xã hội',
        'Tổng vốn đầu tư toàn xã hội đạt 204 nghìn tỷ đồng;',
        [val(204, 'nghìn tỷ đồng')]),
    ind(6, 'Về chỉ tiêu kinh tế', 'Kim ngạch xuất khẩu',
        'Kim ngạch xuất khẩu đạt 22,3 tỷ USD;',
        [val(22.3, 'tỷ USD')]),
    ind(7, 'Về chỉ tiêu kinh tế', 'Sản lượng hàng hoá thông qua cảng',
        'Sản lượng hàng hoá thông qua cảng đạt 159 triệu tấn;',
        [val(159, 'triệu tấn')]),
    ind(8, 'Về chỉ tiêu kinh tế', 'Khách du lịch',
        'Khách du lịch đạt 8,25 triệu lượt;',
        [val(8.25, 'triệu lượt')]),
    ind(9, 'Về chỉ tiêu kinh tế', 'Tỷ trọng đóng góp của năng suất các yếu tố tổng hợp (TFP) vào GRDP',
        'Tỷ trọng đóng góp của năng suất các yếu tố tổng hợp (TFP) vào GRDP đạt 41%;',
        [val(41, '%')]),
    ind(10, 'Về chỉ tiêu kinh tế', 'Hoàn thành xây dựng mô hình thí điểm xã nông thôn mới kiểu mẫu',
        'Hoàn thành xây dựng mô hình thí điểm 8 xã nông thôn mới kiểu mẫu;',
        [val(8, 'xã')]),
    ind(11, 'Về chỉ tiêu kinh tế', 'Thu hút vốn đầu tu trực tiếp nước ngoài (FDI)',
        'Thu hút 2,5 – 3,0 tỷ USD vốn đầu tu trực tiếp nước ngoài (FDI).',
        [rng(2.5, 3.0, 'tỷ USD')]),
    ind(12, 'Về chỉ tiêu xã hội', 'Tỷ lệ thất nghiệp khu vực thành thị',
        'Tỷ lệ thất nghiệp khu vực thành thị ở mức 3,77%.',
        [val(3.77, '%')]),
    ind(13, 'Về chỉ tiêu xã hội', 'Giải quyết việc làm',
        'Giải quyết việc làm cho khoảng 56.000 lượt người lao động;',
        [val(56000, 'lượt người lao động', cmp='~')]),
    ind(14, 'Về chỉ tiêu xã hội', 'Tỷ lệ lao động qua đào tạo',
        'Tỷ lệ lao động qua đào tạo đạt 85,5%, trong đó tỷ lệ lao động qua đào tạo từ 3 tháng trở lên có văn bằng chứng chỉ là 36%;',
        [val(85.5, '%'), val(36, '%')]),
    ind(15, 'Về chỉ tiêu xã hội', 'Không còn hộ nghèo',
        'Không còn hộ nghèo theo chuẩn nghèo quốc gia giai đoạn 2016 – 2020;',
        [val(0, 'hộ nghèo')]),
    ind(16, 'Về chỉ tiêu xã hội', 'Tỷ lệ dân số tham gia bảo hiểm y tế',
        'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 91%;',
        [val(91, '%')]),
    ind(17, 'Về chỉ tiêu môi trường', 'Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn',
        'Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn đạt 100%;',
        [val(100, '%')]),
    ind(18, 'Về chỉ tiêu môi trường', 'Tỷ lệ chất thải rắn được thu gom và xử lý hợp vệ sinh',
        'Tỷ lệ chất thải rắn được thu gom và xử lý hợp vệ sinh: ở đô thị đạt 100%; nông thôn đạt 91%;',
        [val(100, '%'), val(91, '%')]),
    ind(19, 'Về chỉ tiêu môi trường', 'Tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn kỹ thuật',
        'Tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn kỹ thuật 21,2%.',
        [val(21.2, '%')]),
    ind(20, 'Về chỉ tiêu về công tác xây dựng Đảng', 'Kết nạp mới đảng viên',
        'Kết nạp mới từ 3.300 – 3.500 đảng viên; 70% số doanh nghiệp ngoài nhà nước có điều kiện; 100% hợp tác xã, đơn vị sự nghiệp ngoài công lập có điều kiện thành lập được tổ chức đảng.',
        [rng(3300, 3500, 'đảng viên'), val(70, '%'), val(100, '%')]),
    ind(21, 'Về chỉ tiêu về công tác xây dựng Đảng', 'Kết thúc xử lý, kiến nghị đưa ra số vụ việc, vụ án tham nhũng, kinh tế',
        'Kết thúc xử lý, kiến nghị đưa ra 50% số vụ việc, vụ án tham nhũng, kinh tế được Ban Chỉ đạo Trung ương về phòng, chống tham nhũng giao Ban Thường vụ Thành ủy chỉ đạo giải quyết.',
        [val(50, '%')]),
    ind(22, 'Về chỉ tiêu về công tác xây dựng Đảng', 'Ban Thường vụ Thành ủy kiểm tra chuyên đề',
        'Ban Thường vụ Thành ủy kiểm tra chuyên đề 40 – 45 lượt tổ chức đảng, 25 – 30 đảng viên, trong đó có cấp ủy viên cùng cấp; giám sát chuyên đề 8 – 10 tổ chức đảng, 8-10 đảng viên là cấp ủy viên cùng cấp.',
        [rng(40, 45, 'lượt tổ chức đảng'), rng(25, 30, 'đảng viên'), rng(8, 10, 'tổ chức đảng'), rng(8, 10, 'đảng viên')]),
    ind(23, 'Về chỉ tiêu về công tác xây dựng Đảng', 'Các xã, phường có mô hình “Dân vận khéo”',
        '100% các xã, phường có mô hình “Dân vận khéo” trong triển khai xây dựng thí điểm các mô hình: xã nông thôn mới kiểu mẫu, chỉnh trang các dòng sông chảy qua nội đô, xây dựng công viên tại các phường.',
        [val(100, '%')]),
    ind(24, 'Về chỉ tiêu về công tác xây dựng Đảng', 'Người đứng đầu cấp ủy, chính quyền các cấp đối thoại trực tiếp với Nhân dân',
        '100% người đứng đầu cấp ủy, chính quyền các cấp đối thoại trực tiếp với Nhân dân theo quy định.',
        [val(100, '%')]),
]
DISTRICT_2022 = [
    ind(1, 'Các chỉ tiêu về xây dựng Đảng', 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ',
        'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 80% trở lên, trong đó 20% hoàn thành xuất sắc nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ đạt 80% trở lên.',
        [val(80, '%', cmp='>='), val(20, '%'), val(80, '%', cmp='>=')]),
    ind(2, 'Các chỉ tiêu về xây dựng Đảng', 'Kết nạp đảng viên',
        'Kết nạp 125 - 130 đảng viên.',
        [rng(125, 130, 'đảng viên')]),
    ind(3, 'Các chỉ tiêu về xây dựng Đảng', 'Thành lập tổ chức đảng trong các loại hình doanh nghiệp ngoài nhà nước, hợp tác xã, đơn vị sự nghiệp ngoài công lập',
        'Thành lập ít nhất 01 tổ chức đảng trở lên trong các loại hình doanh nghiệp ngoài nhà nước, hợp tác xã, đơn vị sự nghiệp ngoài công lập.',
        [val(1, 'tổ chức đảng', cmp='>=')]),
    ind(4, 'Các chỉ tiêu về phát triển kinh tế', 'Tổng giá trị sản xuất',
        'Tổng giá trị sản xuất tăng 16 - 18%, trong đó:',
        [rng(16, 18, '%', change='increase'), val(12, '%', change='increase'), val(22, '%', change='increase'), val(3.45, '%', change='increase')]),
    ind(5, 'Các chỉ tiêu về phát triển kinh tế', 'Tỷ trọng cơ cấu kinh tế',
        'Tỷ trọng cơ cấu kinh tế: Công nghiệp, xây dựng: 45,87%; Thương mại, dịch vụ 53,71%; Nông nghiệp: 0,42%.',
        [val(45.87, '%'), val(53.71, '%'), val(0.42, '%')]),
    ind(6, 'Các chỉ tiêu về phát triển kinh tế', 'Thu cân đối ngân sách',
        'Thu cân đối ngân sách (*so với dự toán pháp lệnh thành phố giao*) tăng 15% trở lên.',
        [val(15, '%', cmp='>=', change='increase')]),
    ind(7, 'Các chỉ tiêu về phát triển kinh tế', 'Số doanh nghiệp hoạt động',
        'Có 1.000 - 1.200 doanh nghiệp hoạt động.',
        [rng(1000, 1200, 'doanh nghiệp')]),
    ind(8, 'Các chỉ tiêu về phát triển kinh tế', 'Tổng mức đầu tư toàn xã hội',
        'Tổng mức đầu tư toàn xã hội năm 2022: 3.100 - 3.500 tỷ đồng.',
        [rng(3100, 3500, 'tỷ đồng')]),
    ind(9, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Thực hiện một số tiêu chuẩn thuộc Tiêu chí 5 của đô thị loại I',
        'Thực hiện một số tiêu chuẩn thuộc Tiêu chí 5 của đô thị loại I (*Tiêu chí về trình độ phát triển cơ sở hạ tầng và kiến trúc, cảnh quan đô thị theo Nghị quyết số 1210/2016/UBTVQH13, ngày 25/5/2016 của Ủy ban Thường vụ Quốc hội "Về phân loại đô thị"*).',
        []),
    ind(10, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Số trường học đạt chuẩn quốc gia',
        'Số trường học đạt chuẩn quốc gia: Phần đầu đạt từ 02 trường trở lên.',
        [val(2, 'trường', cmp='>=')]),
    ind(11, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Giải quyết việc làm',
        'Giải quyết việc làm cho 3.300 lượt lao động; tỷ lệ lao động qua đào tạo đạt 91%.',
        [val(3300, 'lượt lao động'), val(91, '%')]),
    ind(12, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Không còn hộ nghèo',
        'Không còn hộ nghèo (*theo chuẩn nghèo quốc gia giai đoạn 2016 - 2020*).',
        [val(0, 'hộ nghèo')]),
    ind(13, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Tỷ lệ người dân tham gia bảo hiểm y tế',
        'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92%.\n-',
        [val(92, '%')]),
    ind(14, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn',
        'Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn đạt 100%.\n-',
        [val(100, '%')]),
    ind(15, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý',
        'Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 100%; tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn kỹ thuật đạt 21,2%.\n-',
        [val(100, '%'), val(21.2, '%')]),
    ind(16, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Nhà văn hóa phường được đầu tư cơ sở vật chất, trang thiết bị',
        'Từ 01-02 nhà văn hóa phường được đầu tư cơ sở vật chất, trang thiết bị.\n-',
        [rng(1, 2, 'nhà văn hóa')]),
    ind(17, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Tỷ lệ tổ dân phố đạt tổ dân phố văn hóa',
        'Tỷ lệ tổ dân phố đạt tổ dân phố văn hóa trên 70%; trên 93% hộ gia đình được công nhận gia đình văn hóa.\n-',
        [val(70, '%', cmp='>'), val(93, '%', cmp='>')]),
    ind(18, 'Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng', 'Hoàn thành chỉ tiêu giao quân',
        'Hoàn thành 100% chỉ tiêu giao quân năm 2022.',
        [val(100, '%')]),
]


# Two years of one district's appendix of targets, renumbered and regrouped from one year to
# the next, for the end-to-end test through the extractor.
APPENDIX_2022 = """CHỈ TIÊU KẾ HOẠCH NĂM 2022

I. Các chỉ tiêu về xây dựng Đảng

(1). Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 80% trở lên, trong đó 20% hoàn thành xuất sắc nhiệm vụ.

(2). Kết nạp 125 - 130 đảng viên.

II. Các chỉ tiêu về phát triển kinh tế

(3). Thu cân đối ngân sách (so với dự toán pháp lệnh thành phố giao) tăng 15% trở lên.

(4). Tổng mức đầu tư toàn xã hội năm 2022: 3.100 - 3.500 tỷ đồng.

III. Các chỉ tiêu về văn hóa - xã hội

(5). Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92%.

(6). Giải quyết việc làm cho khoảng 3.300 lượt lao động.

(7). Số trường học đạt chuẩn quốc gia: phấn đấu đạt 02 trường.
"""

APPENDIX_2023 = """CHỈ TIÊU KẾ HOẠCH NĂM 2023

I. Các chỉ tiêu về phát triển kinh tế

(1). Tổng mức đầu tư toàn xã hội năm 2023: 4,2 nghìn tỷ đồng.

(2). Thu cân đối ngân sách tăng 10% trở lên so với dự toán.

(3). Số doanh nghiệp thành lập mới: 150 doanh nghiệp.

II. Các chỉ tiêu về xây dựng Đảng

(4). Kết nạp 130 - 140 đảng viên mới.

(5). Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 85% trở lên, trong đó 20% hoàn thành xuất sắc nhiệm vụ.

III. Các chỉ tiêu về văn hóa - xã hội

(6). Tỷ lệ dân số tham gia BHYT đạt 93,5%.

(7). Giải quyết việc làm cho 3.300 lượt lao động.

(8). Số trường học đạt chuẩn quốc gia: phấn đấu đạt từ 03 trường trở lên.
"""
